// Role gates from the domain's policy table, read from the caller's `users` document.
import type { DB } from 'wx-server-sdk';
import { fail, ok, type Result } from '../../src/domain/errors';
import { mayCall } from '../../src/domain/policy';
import type { Role } from '../../src/domain/roles';
import { rolesOf } from './actor';

export async function gate(db: DB.Database, fnAction: string, openid: string): Promise<Result<Role[]>> {
  const roles = await rolesOf(db, openid);
  return mayCall(fnAction, roles) ? ok(roles) : fail('AUTH.FORBIDDEN', `${fnAction} needs another role`);
}
