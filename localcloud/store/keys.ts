// Index keys: a document's values at a (dotted) path, and a stable string key for each scalar value.

/** Values a path holds in a document, expanding arrays as MongoDB multikey indexes do. Missing → [null]. */
export function valuesAt(doc: unknown, path: string): unknown[] {
  let current: unknown[] = [doc];
  for (const part of path.split('.')) {
    const next: unknown[] = [];
    for (const v of current) {
      if (Array.isArray(v)) {
        for (const item of v) if (isPlainObject(item) && part in item) next.push(item[part]);
      } else if (isPlainObject(v) && part in v) {
        next.push(v[part]);
      }
    }
    current = next;
  }
  const out: unknown[] = [];
  for (const v of current) {
    if (Array.isArray(v)) {
      if (v.length === 0) out.push(undefined);
      else out.push(...v);
    } else out.push(v);
  }
  return out.length ? out : [null];
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
}

/** Scalars get a key; objects and arrays do not (queries on them are not narrowed by an index). */
export function scalarKey(v: unknown): string | undefined {
  if (v === null || v === undefined) return 'z';
  if (v instanceof Date) return 'd' + v.getTime();
  switch (typeof v) {
    case 'string':
      return 's' + v;
    case 'number':
      return 'n' + v;
    case 'boolean':
      return 'b' + v;
    default:
      return undefined;
  }
}

/** Index key of a stored value: scalars as above, anything else by its JSON text. */
export function storedKey(v: unknown): string {
  return scalarKey(v) ?? 'o' + JSON.stringify(v);
}
