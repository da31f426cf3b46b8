/**
 * 数据看板 — the street's figures for admins and dispatchers (their communities, one picked or all): this
 * month's summary first, then the 三率 with their definitions, served hours, and tables per month,
 * community, team, stairwell, status and category, volunteers and activities, visits against plan, and this
 * year's party members below their hours by branch, over the last 3, 6 or 12 filing months
 * (insight.dashboard). Every figure is a table; on a phone the tables sit behind 查看明细.
 *
 * Selectors (browser and component tests):
 * - `#dashboard-page`; range tabs `#dashboard-range-3|6|12`; community tabs `#dashboard-community-all|<id>`
 * - `#dashboard-summary` (`#summary-filed|served|response|resolution|satisfaction|hours|active`); `#dashboard-details-toggle`, `#dashboard-details`
 * - `#dashboard-rates` (`#rate-response|resolution|satisfaction[data-num][data-den]`, `#rate-served`)
 * - tables `#table-months|communities|teams|stairwells|statuses|categories|people|visits|party` (`.figure-row[data-key]`); `.error-message[data-code]`
 */
import { View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { BigButton, Loading, PageRoot, RetryNotice, Tappable } from '@/components';
import { regionProps } from '@/components/a11y';
import { CommunityPicker } from '@/admin/components/insight/CommunityPicker';
import { FigureTable } from '@/admin/components/insight/FigureTable';
import { MonthSummary } from '@/admin/components/insight/MonthSummary';
import { MonthReport } from '@/admin/components/insight/MonthReport';
import { Charts } from './Charts';
import { RateCards } from '@/admin/components/insight/RateCards';
import {
  countRows,
  MONTH_COLUMNS,
  monthRows,
  PLACE_COLUMNS,
  placeRows,
  rangeRates,
  TEAM_COLUMNS,
  teamRows,
} from '@/admin/components/insight/tables';
import {
  PARTY_COLUMNS,
  partyRows,
  PEOPLE_COLUMNS,
  peopleRows,
  summaryItems,
  VISIT_COLUMNS,
  visitRows,
} from '@/admin/components/insight/serviceTables';
import type { ActionOutput } from '@/domain/schemas';
import { useRemote } from '@/hooks/useRemote';
import { call, shanghaiDate } from '@/services';
import '@/admin/components/admin.scss';
import './index.scss';

const RANGES = [3, 6, 12] as const;
type Range = (typeof RANGES)[number];

/** The month `back` months before `month` (`YYYY-MM`). */
export function monthsBack(month: string, back: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) - back;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

export default function DashboardPage() {
  const [range, setRange] = useState<Range>(6);
  const [communityId, setCommunityId] = useState<string>();
  // the communities to pick from: the first answer's (the viewer's scope), kept while one is picked
  const [choices, setChoices] = useState<Data['communities']>([]);
  // 查看明细 stays open across another range or community
  const [details, setDetails] = useState(false);
  const toMonth = shanghaiDate(new Date()).slice(0, 7);
  const fromMonth = monthsBack(toMonth, range - 1);
  const load = useCallback(async () => {
    const r = await call('insight', { action: 'dashboard' as const, fromMonth, toMonth, ...(communityId ? { communityId } : {}) });
    if (r.ok) setChoices(r.data.communities);
    return r;
  }, [fromMonth, toMonth, communityId]);
  const { state, reload } = useRemote(load);
  return (
    <PageRoot id='dashboard-page' desk heading='数据看板'>
      <View className='tabs dashboard-tabs' {...regionProps({ role: 'tablist', label: '时间范围' })}>
        {RANGES.map((r) => (
          <Tappable
            key={r}
            role='tab'
            selected={range === r}
            className={`tab${range === r ? ' tab--on' : ''}`}
            id={`dashboard-range-${r}`}
            onClick={() => setRange(r)}
          >
            {`近${r}个月`}
          </Tappable>
        ))}
      </View>
      <CommunityPicker communities={choices} picked={communityId} onPick={setCommunityId} />
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <RetryNotice code={state.code} message={state.message} onRetry={() => void reload()} />}
      {state.status === 'ready' && <Figures data={state.data} details={details} onDetails={setDetails} />}
    </PageRoot>
  );
}

type Data = ActionOutput<'insight', 'dashboard'>;

function Figures({ data, details, onDetails }: { data: Data; details: boolean; onDetails: (open: boolean) => void }) {
  const months = data.months;
  const d = data.definitions;
  const medians = `派单用时：${d.toDispatch.definition}接单用时：${d.toClaim.definition}完成用时：${d.toComplete.definition}`;
  const current = months.find((m) => m.month === data.currentMonth);
  const labels = { response: d.response.label, resolution: d.resolution.label, satisfaction: d.satisfaction.label };
  const defined = (...keys: Array<keyof Data['definitions']>) => keys.map((k) => `${d[k].label}：${d[k].definition}`).join('');
  return (
    <View className='dashboard-body'>
      {current && <MonthSummary month={current.month} items={summaryItems(current, labels)} />}
      {/* this month's figures first, then the report upward for a closed month */}
      <MonthReport />
      <BigButton kind='secondary' className='dashboard-details-toggle' id='dashboard-details-toggle' onClick={() => onDetails(!details)}>
        {details ? '收起明细' : '查看明细'}
      </BigButton>
      <View className={`dashboard-grid${details ? ' dashboard-grid--open' : ''}`} id='dashboard-details'>
        <RateCards
          rates={rangeRates(months)}
          definitions={d}
          served={{ minutes: months.reduce((s, m) => s + m.minutesServed, 0), definition: d.served }}
        />
        <Charts months={months} />
        <FigureTable id='table-months' title='按月份' first='月份' columns={MONTH_COLUMNS} rows={monthRows(months)} note={medians} />
        <FigureTable
          id='table-communities'
          title='按社区'
          first='社区'
          columns={PLACE_COLUMNS}
          rows={placeRows(months, 'byCommunity', data.names.communities)}
        />
        <FigureTable
          id='table-teams'
          title='按服务队（工作量）'
          first='服务队'
          columns={TEAM_COLUMNS}
          rows={teamRows(months, data.names.teams)}
        />
        <FigureTable
          id='table-stairwells'
          title='按楼栋（需求来源，前50）'
          first='楼栋'
          columns={PLACE_COLUMNS}
          rows={placeRows(months, 'byStairwell', data.names.stairwells)}
        />
        <FigureTable id='table-statuses' title='按状态' first='状态' columns={['数量']} rows={countRows(months, 'byStatus')} />
        {/* 按服务类别 is the chart's own table (chart-categories-table) */}
        <FigureTable
          id='table-people'
          title='志愿者与活动'
          first='月份'
          columns={PEOPLE_COLUMNS}
          rows={peopleRows(months)}
          note={defined('registered', 'active', 'held', 'attendance')}
        />
        <FigureTable
          id='table-visits'
          title='巡访（计划与完成）'
          first='月份'
          columns={VISIT_COLUMNS}
          rows={visitRows(months)}
          note={defined('visits')}
        />
        <FigureTable
          id='table-party'
          title={`党员服务时长（${data.party.year}年，要求${data.party.requiredHours}小时）`}
          first='党支部（社区）'
          columns={PARTY_COLUMNS}
          rows={partyRows(data.party.branches, data.names.communities)}
          note={`${defined('party')}${data.party.partial ? '（读取达到上限，人数可能偏少。）' : ''}`}
        />
      </View>
    </View>
  );
}
