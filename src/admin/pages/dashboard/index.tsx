/**
 * 数据看板 — the street's figures for admins and dispatchers (their communities): the 三率 with their
 * definitions, served hours, and tables per month, community, team, stairwell, status and category, over
 * the last 3, 6 or 12 filing months (insight.dashboard). Every figure is a table; the medians per month.
 *
 * Selectors (browser and component tests):
 * - `#dashboard-page`; range tabs `#dashboard-range-3|6|12`; `#dashboard-rates` (`#rate-response|resolution|satisfaction[data-num][data-den]`, `#rate-served`)
 * - tables `#table-months|communities|teams|stairwells|statuses|categories` (`.figure-row[data-key]`); `.error-message[data-code]`
 */
import { View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { Loading, PageRoot, RetryNotice, Tappable } from '@/components';
import { regionProps } from '@/components/a11y';
import { FigureTable } from '@/admin/components/insight/FigureTable';
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
  const toMonth = shanghaiDate(new Date()).slice(0, 7);
  const fromMonth = monthsBack(toMonth, range - 1);
  const load = useCallback(() => call('insight', { action: 'dashboard' as const, fromMonth, toMonth }), [fromMonth, toMonth]);
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
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <RetryNotice code={state.code} message={state.message} onRetry={() => void reload()} />}
      {state.status === 'ready' && <Figures data={state.data} />}
    </PageRoot>
  );
}

type Data = ActionOutput<'insight', 'dashboard'>;

function Figures({ data }: { data: Data }) {
  const months = data.months;
  const d = data.definitions;
  const medians = `派单用时：${d.toDispatch.definition}接单用时：${d.toClaim.definition}完成用时：${d.toComplete.definition}`;
  return (
    <View className='dashboard-grid'>
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
      <FigureTable id='table-categories' title='按服务类别' first='类别' columns={['数量']} rows={countRows(months, 'byCategory')} />
    </View>
  );
}
