// Text as the pages show it: clipped descriptions, role names.
import { isRole, ROLE_LABELS } from '../domain/roles';

/** The first `max` characters (not UTF-16 units: an emoji or a rare character counts once), with … when cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/** Roles in Chinese, joined with 、. Anyone without a stored role is a resident. */
export function roleNames(roles: readonly string[], scopes: ReadonlyArray<{ role: string; name?: string }> = []): string {
  const known = roles.filter(isRole);
  if (known.length === 0) return ROLE_LABELS.resident;
  return known
    .map((role) => {
      const where = scopes.filter((s) => s.role === role && s.name).map((s) => s.name);
      return where.length > 0 ? `${ROLE_LABELS[role]}（${where.join('、')}）` : ROLE_LABELS[role];
    })
    .join('、');
}
