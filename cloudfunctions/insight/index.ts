// `insight`: the street's figures (数据看板) and the monthly report (月报) for the centre's desk.
import { setup } from '../_lib/context';
import { respond } from '../_lib/respond';
import { route } from '../_lib/router';
import { dashboardHandlers } from './dashboard';
import { monthReportHandlers } from './monthReport';
import { exportHandlers } from './exports';

const deps = setup();

export const main = respond(
  'insight',
  route('insight', { ...dashboardHandlers(deps), ...monthReportHandlers(deps), ...exportHandlers(deps) }, deps),
);
