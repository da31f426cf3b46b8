// What every function sets up once per instance: the SDK, the database, cached reference data, and
// how the router learns who calls (identity) and with which roles.
import * as cloud from 'wx-server-sdk';
import { accessOf } from './collections/users';
import { DATABASE_OPTIONS } from './db';
import { openidOf } from './identity';
import { referenceData } from './reference';

export function setup() {
  // DYNAMIC_CURRENT_ENV is a Symbol the SDK resolves to the calling env.
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
  const db = cloud.database(DATABASE_OPTIONS);
  return {
    cloud,
    db,
    ref: referenceData(db),
    identity: () => openidOf(cloud.getWXContext()),
    access: (openid: string) => accessOf(db, openid),
  };
}
export type Deps = ReturnType<typeof setup>;
