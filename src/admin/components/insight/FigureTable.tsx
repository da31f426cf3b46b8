// One table of the dashboard: a header row and one row per key, the numbers as text (the readable form
// of every figure; a chart, where there is one, sits next to it).
import { Text, View } from '@tarojs/components';
import { Card } from '@/components';
import type { AriaProps } from '@/components/a11y';
import type { Row } from './tables';

const KEYBOARD_SCROLL: AriaProps = { tabIndex: 0 };

interface Props {
  id: string;
  title: string;
  /** The first column's heading (社区, 楼栋, 服务队, 月份…). */
  first: string;
  columns: readonly string[];
  rows: readonly Row[];
  note?: string;
}

export function FigureTable({ id, title, first, columns, rows, note }: Props) {
  return (
    <Card title={title} id={id} className='figure-card'>
      {note && <Text className='meta'>{note}</Text>}
      {rows.length === 0 ? (
        <Text className='meta'>这段时间没有数据。</Text>
      ) : (
        // focusable: a table wider than the screen scrolls sideways by keyboard too (axe scrollable-region-focusable)
        <View className='figure-table' role='table' aria-label={title} {...KEYBOARD_SCROLL}>
          <View className='figure-row figure-head' role='row'>
            <View className='figure-cell figure-name' role='columnheader'>
              {first}
            </View>
            {columns.map((c) => (
              <View key={c} className='figure-cell' role='columnheader'>
                {c}
              </View>
            ))}
          </View>
          {rows.map((r) => (
            <View key={r.key} className='figure-row' role='row' data-key={r.key}>
              <View className='figure-cell figure-name' role='rowheader'>
                {r.name}
              </View>
              {r.cells.map((c, i) => (
                <View key={i} className='figure-cell' role='cell'>
                  {c}
                </View>
              ))}
            </View>
          ))}
        </View>
      )}
    </Card>
  );
}
