// Settings keys edited on a page of their own (a list of records, not a form of fields): the bank's
// 积分规则 tab shows a link there instead of a form.
import type { SettingKey } from '@/domain/settings';

export const EDITED_ELSEWHERE: Partial<Record<SettingKey, { url: string; go: string }>> = {
  prices: { url: '/admin/pages/prices/index', go: '去收费标准页面修改' },
  visits: { url: '/admin/pages/visits/index', go: '去巡访计划页面修改' },
};
