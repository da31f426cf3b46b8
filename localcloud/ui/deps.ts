// What the emulator UI's JSON API reads and drives: one running local cloud's parts.
import type { Clock } from '../clock';
import type { FunctionHost } from '../host';
import type { RequestLog } from '../server/request-log';
import type { Database } from '../store/database';
import type { CloudServices } from '../types';

export interface UiDeps {
  db: Database;
  log: RequestLog;
  host: FunctionHost;
  clock: Clock;
  cloud: CloudServices;
}

/** Query string of a request URL. */
export type Params = URLSearchParams;
