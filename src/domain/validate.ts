import type { z } from 'zod';
import { fail, ok, type Issue, type Result } from './errors';

const MAX_ISSUES = 20;
const MAX_TEXT = 200;

/** Parse `input` with `schema`; a mismatch becomes INPUT.INVALID with one issue per problem. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Result<z.infer<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  // Bounded: a hostile event with a 100 KB key must not come back as a 100 KB answer.
  const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s);
  const issues: Issue[] = parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: clip(issue.path.map(String).join('.')),
    message: clip(issue.message),
  }));
  return fail('INPUT.INVALID', 'input does not match the schema', issues);
}
