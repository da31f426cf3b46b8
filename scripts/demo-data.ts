// A small demo data set for `npm start`: one person per role. Roles are data (users collection).
import type { Database } from '../localcloud/store/database';

export const DEMO_PEOPLE = [
  { _id: 'demo-resident', roles: ['resident'], label: '居民 张阿姨' },
  { _id: 'demo-volunteer', roles: ['resident', 'volunteer'], label: '志愿者 小李' },
  { _id: 'demo-leader', roles: ['resident', 'volunteer', 'leader'], label: '乐修匠队长 王师傅' },
  { _id: 'demo-dispatcher', roles: ['dispatcher'], label: '文明实践站派单员 陈老师' },
  { _id: 'demo-admin', roles: ['admin'], label: '街道管理员' },
  { _id: 'demo-merchant', roles: ['merchant'], label: '爱心商户 幸福超市' },
] as const;

/** Seeds only an empty store, so a developer's own data is never overwritten. */
export async function seedDemo(db: Database): Promise<boolean> {
  if (db.get('users').docs.size > 0) return false;
  const now = new Date();
  await db.insert(
    'users',
    DEMO_PEOPLE.map(({ _id, roles }) => ({ _id, roles: [...roles], createdAt: now, demo: true })),
  );
  return true;
}
