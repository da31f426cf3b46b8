// 数据看板 beyond wishes folded into tables: per month the volunteers and activities, the visits against
// plan; the year's party members below their hours per branch; and the summary of the current month.
import type { Ratio } from '@/domain/insight/figures';
import type { PartyBranch, ServiceFigures } from '@/domain/insight/service';
import { hours, pct, type Month, type Row } from './tables';

type ServiceMonth = Month & ServiceFigures;

export const PEOPLE_COLUMNS = ['注册志愿者', '活跃志愿者', '活跃占比', '举办活动', '报名人次', '到场人次', '到场率'];
export const peopleRows = (months: readonly ServiceMonth[]): Row[] =>
  months.map((m) => ({
    key: m.month,
    name: m.month,
    cells: [
      String(m.volunteers.registered),
      String(m.volunteers.active),
      pct({ num: m.volunteers.active, den: m.volunteers.registered }),
      String(m.activities.held),
      String(m.activities.attendance.den),
      String(m.activities.attendance.num),
      pct(m.activities.attendance),
    ],
  }));

export const VISIT_COLUMNS = ['应巡访', '已完成', '漏访', '完成率'];
export const visitRows = (months: readonly ServiceMonth[]): Row[] =>
  months.map((m) => ({
    key: m.month,
    name: m.month,
    cells: [String(m.visits.due), String(m.visits.done), String(m.visits.missed), pct({ num: m.visits.done, den: m.visits.due })],
  }));

export const PARTY_COLUMNS = ['党员', '未达标', '未达标占比'];
/** Per branch (community), most members below first; a total row 合计 last when there is more than one. */
export function partyRows(branches: Readonly<Record<string, PartyBranch>>, names: Record<string, string>): Row[] {
  const entries = Object.entries(branches).sort((a, b) => b[1].below - a[1].below || a[0].localeCompare(b[0]));
  const row = (key: string, name: string, b: PartyBranch): Row => ({
    key,
    name,
    cells: [String(b.members), String(b.below), pct({ num: b.below, den: b.members })],
  });
  const rows = entries.map(([k, b]) => row(k, names[k] ?? k, b));
  if (entries.length < 2) return rows;
  const total = entries.reduce((t, [, b]) => ({ members: t.members + b.members, below: t.below + b.below }), { members: 0, below: 0 });
  return [...rows, row('total', '合计', total)];
}

export interface SummaryItem {
  key: string;
  label: string;
  value: string;
  /** The two counts behind a rate (「3 / 4」). */
  counts?: string;
}

/** The current month at a glance (the phone's first screen): filed, served, the three rates, hours, active volunteers. */
export function summaryItems(m: ServiceMonth, labels: Record<'response' | 'resolution' | 'satisfaction', string>): SummaryItem[] {
  const rate = (key: 'response' | 'resolution' | 'satisfaction', r: Ratio): SummaryItem => ({
    key,
    label: labels[key],
    value: pct(r),
    counts: `${r.num} / ${r.den}`,
  });
  return [
    { key: 'filed', label: '提交心愿', value: String(m.filed) },
    { key: 'served', label: '服务完成', value: String(m.rates.resolution.num) },
    rate('response', m.rates.response),
    rate('resolution', m.rates.resolution),
    rate('satisfaction', m.rates.satisfaction),
    { key: 'hours', label: '服务小时', value: hours(m.minutesServed) },
    { key: 'active', label: '活跃志愿者', value: String(m.volunteers.active) },
  ];
}
