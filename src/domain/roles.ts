/** Roles are data (stored on the `users` document), never inferred from code paths. */
export const ROLES = ['resident', 'volunteer', 'leader', 'dispatcher', 'admin', 'merchant', 'helper'] as const;

export type Role = (typeof ROLES)[number];

/** Display names, as used by the street offices. */
export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  volunteer: '志愿者',
  leader: '队长',
  dispatcher: '派单员',
  admin: '管理员',
  merchant: '爱心商户',
  helper: '帮办员',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
