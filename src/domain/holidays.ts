// The default working calendar's days off and 调休 days, which the admin edits (设置 → 工作日历). The
// State Council publishes each year's arrangement (国务院办公厅关于 <year> 年部分节假日安排的通知) around
// November: the list must be updated every year when it appears.
//   2026: as published on 2025-11-04.
//   2027: not yet published when this list was written: only the statutory days themselves (全国年节及纪念日
//         放假办法: 元旦 1, 春节 4 from 除夕, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3), no bridging and no 调休.
//         Replace them with the published arrangement.

/** `from` and the days after it, `count` in all (`YYYY-MM-DD`; within one month). */
const run = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${from.slice(0, 8)}${String(Number(from.slice(8)) + i).padStart(2, '0')}`);

export const DEFAULT_HOLIDAYS: string[] = [
  // 2026
  ...run('2026-01-01', 3), // 元旦
  ...run('2026-02-15', 9), // 春节
  ...run('2026-04-04', 3), // 清明节
  ...run('2026-05-01', 5), // 劳动节
  ...run('2026-06-19', 3), // 端午节
  ...run('2026-09-25', 3), // 中秋节
  ...run('2026-10-01', 7), // 国庆节
  // 2027 (statutory days only, to be replaced)
  '2027-01-01',
  ...run('2027-02-05', 4), // 春节: 除夕 to 初三
  '2027-04-05',
  ...run('2027-05-01', 2),
  '2027-06-09',
  '2027-09-15',
  ...run('2027-10-01', 3),
];

/** 调休: weekend days worked (2026). */
export const DEFAULT_WORKDAYS: string[] = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];
