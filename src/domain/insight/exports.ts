// 导出: XLSX or CSV of wishes, hours, activities, visits or the ledger for a range of business days and a
// scope. The columns of each kind (Chinese headers, widths, which hold personal data) are one table, so the
// function, the page and the tests read the same definitions. Personal data (a resident's or elder's name,
// phone and room, a volunteer's phone) is written only for a caller who asked for it and keeps the
// households of every community in scope (keepsHouseholdsOf: the rule of the elders' registry); otherwise
// those columns are masked as everywhere else (maskName, maskPhone; a room is withheld).
import { keepsHouseholdsOf } from '../money/household';
import { dispatcherCommunities, type Grant } from '../org/grants';
import type { Role } from '../roles';
import { addDays, businessDayStart } from '../time';
import { maskName, maskPhone } from '../wish/view';

export const EXPORT_KINDS = ['wishes', 'hours', 'activities', 'visits', 'ledger'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  wishes: '微心愿',
  hours: '志愿服务时长',
  activities: '活动',
  visits: '巡访',
  ledger: '积分流水',
};

/** Documents read per call (export_step): one bounded chunk whatever the range holds. */
export const EXPORT_CHUNK = 500;
/** At most this many rows in one file, and a range of at most a year. */
export const EXPORT_MAX_ROWS = 50_000;
export const EXPORT_MAX_DAYS = 366;

type Personal = 'name' | 'phone' | 'room';
export interface ExportColumn {
  header: string;
  width: number;
  /** Personal data: masked unless the export includes it. */
  personal?: Personal;
}

const col = (header: string, width: number, personal?: Personal): ExportColumn => ({ header, width, ...(personal ? { personal } : {}) });

export const EXPORT_COLUMNS: Record<ExportKind, readonly ExportColumn[]> = {
  wishes: [
    col('编号', 26),
    col('提交时间', 18),
    col('社区', 14),
    col('楼栋', 20),
    col('门牌', 10, 'room'),
    col('联系人', 10, 'name'),
    col('联系电话', 15, 'phone'),
    col('类别', 12),
    col('状态', 20),
    col('队伍', 14),
    col('认领人', 12),
    col('完成时间', 18),
    col('服务时长(分钟)', 14),
    col('评分', 8),
  ],
  hours: [col('志愿者', 12), col('联系电话', 15, 'phone'), col('社区', 14), col('队伍', 20), col('服务时长(小时)', 14), col('次数', 8)],
  activities: [
    col('编号', 26),
    col('标题', 24),
    col('社区', 14),
    col('地点', 20),
    col('开始时间', 18),
    col('结束时间', 18),
    col('状态', 10),
    col('名额', 8),
    col('报名人数', 10),
    col('到场人数', 10),
    col('积分', 8),
  ],
  visits: [
    col('编号', 30),
    col('老人', 10, 'name'),
    col('门牌', 10, 'room'),
    col('电话', 15, 'phone'),
    col('社区', 14),
    col('方式', 10),
    col('应访日期', 12),
    col('完成时间', 18),
    col('状态', 10),
    col('结果', 10),
    col('巡访人', 12),
  ],
  ledger: [
    col('时间', 18),
    col('编号', 30),
    col('类型', 12),
    col('类别', 8),
    col('转出', 24),
    col('转入', 24),
    col('积分', 8),
    col('服务时长(分钟)', 14),
    col('关联', 26),
    col('说明', 30),
  ],
};

export type ExportRow = Record<string, string>;

const MASKS: Record<Personal, (v: string) => string> = {
  name: (v) => (v ? maskName(v) : ''),
  phone: (v) => (v ? maskPhone(v) : ''),
  room: (v) => (v ? '***' : ''),
};

/** The row in column order as cells, personal columns masked unless `personal`. */
export function cellsOf(kind: ExportKind, row: ExportRow, personal: boolean): string[] {
  return EXPORT_COLUMNS[kind].map((c) => {
    const v = row[c.header] ?? '';
    return c.personal && !personal ? MASKS[c.personal](v) : v;
  });
}

export const headersOf = (kind: ExportKind): string[] => EXPORT_COLUMNS[kind].map((c) => c.header);

/** The ledger is the street's bank, not a community's: only an admin exports it. */
export const adminOnly = (kind: ExportKind): boolean => kind === 'ledger';

/**
 * The communities an export reads: an admin the street ('all'), a dispatcher their grants' communities
 * (dispatcherCommunities); one community only when it is known and in that scope (else undefined).
 */
export function exportScope(
  caller: { roles: readonly Role[]; grants: readonly Grant[] },
  communityId: string | undefined,
  known: ReadonlySet<string>,
): 'all' | string[] | undefined {
  const own = caller.roles.includes('admin') ? 'all' : dispatcherCommunities(caller.grants);
  if (communityId === undefined) return own;
  if (!known.has(communityId) || (own !== 'all' && !own.includes(communityId))) return undefined;
  return [communityId];
}

/** May this caller have personal data in an export of `scope`? Only who keeps every community's households. */
export function mayExportPersonal(
  caller: { roles: readonly Role[]; grants: readonly Grant[] },
  scope: 'all' | readonly string[],
  allCommunities: readonly string[],
): boolean {
  const list = scope === 'all' ? allCommunities : scope;
  return list.length > 0 && list.every((c) => keepsHouseholdsOf(caller.roles, caller.grants, c));
}

/** [from, to) of business days fromDate..toDate inclusive; null when reversed or longer than EXPORT_MAX_DAYS. */
export function exportSpan(fromDate: string, toDate: string): { from: Date; to: Date } | null {
  if (toDate < fromDate) return null;
  const from = businessDayStart(fromDate);
  const to = addDays(businessDayStart(toDate), 1);
  return (to.getTime() - from.getTime()) / 86_400_000 > EXPORT_MAX_DAYS + 1 ? null : { from, to };
}

/** 服务时长(小时): minutes as hours with one decimal. */
export const hoursText = (minutes: number): string => (Math.round(minutes / 6) / 10).toFixed(1);

/** The downloaded file's name: 微心愿_2026-11-01_2026-11-30.xlsx. */
export const exportFileName = (kind: ExportKind, format: ExportFormat, fromDate: string, toDate: string) =>
  `${EXPORT_KIND_LABELS[kind]}_${fromDate}_${toDate}.${format}`;
