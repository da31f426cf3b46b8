import { isRole, ROLE_LABELS } from '../domain/roles';

/** Show an openid without revealing all of it: first 4 + … + last 4. */
export function shortenOpenid(openid: string): string {
  if (openid.length <= 10) return openid;
  return `${openid.slice(0, 4)}…${openid.slice(-4)}`;
}

/** Roles in Chinese, joined with 、. Anyone without a stored role is a resident. */
export function roleNames(roles: readonly string[]): string {
  const known = roles.filter(isRole);
  if (known.length === 0) return ROLE_LABELS.resident;
  return known.map((role) => ROLE_LABELS[role]).join('、');
}
