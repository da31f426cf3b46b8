// The desk and volunteer forms' checks: the action's own schema decides (validate), and each field
// shows the first message about it. A number typed as text is a whole number or nothing ("12abc" is not 12).
import type { z } from 'zod';
import { validate } from './validate';

/** `'45'` → 45; anything but digits → NaN, which the schema then refuses. */
export const wholeNumber = (text: string): number => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

export type FieldIssues = Record<string, string>;

/** The event as the schema parses it, or the first message for each top-level field. */
export function checkForm<S extends z.ZodType>(
  schema: S,
  event: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; issues: FieldIssues } {
  const checked = validate(schema, event);
  if (checked.ok) return { ok: true, data: checked.data };
  const issues: FieldIssues = {};
  for (const issue of checked.error.issues ?? []) issues[issue.path.split('.')[0]] ??= issue.message;
  return { ok: false, issues };
}
