import type { z } from 'zod';
import { fail, ok, type Issue, type Result } from './errors';

/** Parse `input` with `schema`; a mismatch becomes INPUT.INVALID with one issue per problem. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Result<z.infer<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issues: Issue[] = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  return fail('INPUT.INVALID', 'input does not match the schema', issues);
}
