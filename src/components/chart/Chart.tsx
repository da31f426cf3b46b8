// One chart in a card: the picture (named by its summary) followed by its data as a table. ECharts draws
// on a div on H5 and on a 2d canvas in the mini-program; the build keeps only its platform's branch.
// Import by file (`@/components/chart/Chart`), not from '@/components': only a page that charts carries ECharts.
import { Text } from '@tarojs/components';
import { Card } from '../Card';
import { DataTable } from './DataTable';
import { H5Surface } from './H5Surface';
import type { ChartSpec } from './spec';
import { WeappSurface } from './WeappSurface';
import './chart.scss';

const Surface = process.env.TARO_ENV === 'h5' ? H5Surface : WeappSurface;

export const DEFAULT_HEIGHT = 260;

export function Chart({ spec }: { spec: ChartSpec }) {
  return (
    <Card title={spec.title} id={`${spec.id}-card`} className='chart-card'>
      {spec.empty ? (
        <Text className='meta'>这段时间没有数据。</Text>
      ) : (
        <Surface id={spec.id} option={spec.option} label={spec.summary} height={spec.height ?? DEFAULT_HEIGHT} />
      )}
      <DataTable id={`${spec.id}-table`} caption={`${spec.title}（数据表）`} table={spec.table} />
    </Card>
  );
}
