// A chart's data as a table: a caption, a header row, one row per key. Roles for screen readers on both
// platforms; the text can be selected and copied (long-press on WeChat).
import { Text, View } from '@tarojs/components';
import { tableProps, type AriaProps } from '../a11y';
import type { ChartSpec } from './spec';

interface Props {
  id: string;
  caption: string;
  table: ChartSpec['table'];
}

const KEYBOARD_SCROLL: AriaProps = { tabIndex: 0 };

const Cell = ({ role, text }: { role: 'columnheader' | 'rowheader' | 'cell'; text: string }) => (
  <View className={`chart-cell${role === 'columnheader' ? ' chart-cell--head' : ''}`} {...tableProps(role)}>
    <Text selectable userSelect>
      {text}
    </Text>
  </View>
);

export function DataTable({ id, caption, table }: Props) {
  return (
    <View className='chart-table-wrap'>
      <Text className='chart-caption' selectable userSelect>
        {caption}
      </Text>
      {/* focusable: a table wider than the screen scrolls sideways by keyboard too */}
      <View id={id} className='chart-table' {...KEYBOARD_SCROLL} {...tableProps('table', caption)}>
        <View className='chart-row' {...tableProps('row')}>
          <Cell role='columnheader' text={table.first} />
          {table.columns.map((c) => (
            <Cell key={c} role='columnheader' text={c} />
          ))}
        </View>
        {table.rows.map((r) => (
          <View key={r.key} className='chart-row' data-key={r.key} {...tableProps('row')}>
            <Cell role='rowheader' text={r.name} />
            {r.cells.map((c, i) => (
              <Cell key={i} role='cell' text={c} />
            ))}
          </View>
        ))}
      </View>
    </View>
  );
}
