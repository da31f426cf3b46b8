// 数据看板's charts (each followed by its table): filed vs served, the 三率, by category.
// Selectors: `#chart-filed|rates|categories` (the drawing; `-card` the card, `-table` its table, rows `.chart-row[data-key]`).
import { useMemo } from 'react';
import { dashboardCharts } from '@/admin/components/insight/charts';
import type { Month } from '@/admin/components/insight/tables';
import { Chart } from '@/components/chart/Chart';

export function Charts({ months }: { months: readonly Month[] }) {
  const specs = useMemo(() => dashboardCharts(months), [months]);
  return (
    <>
      {specs.map((spec) => (
        <Chart key={spec.id} spec={spec} />
      ))}
    </>
  );
}
