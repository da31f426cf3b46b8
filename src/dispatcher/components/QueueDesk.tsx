// The centre's desk on a wide window: the workbench (tabs, search, list) on the left, the open wish on
// the right; deciding one refreshes the list, and 处理下一条 opens the next wish in it.
import { useState } from 'react';
import { Notice } from '@/components';
import { DeskLayout } from '@/components/DeskLayout';
import { useRefresh } from '@/hooks/useRefresh';
import { DispatchOrder } from './DispatchOrder';
import { QueueList } from './QueueList';
import { useQueue } from './useQueue';

export function QueueDesk({ now, initial }: { now: number; initial?: string }) {
  const bench = useQueue();
  const { list, reload, more } = bench;
  useRefresh(reload);
  const [selected, setSelected] = useState(initial);
  const next = () => setSelected(list.items.find((w) => w.id !== selected)?.id);

  return (
    <DeskLayout
      list={
        <QueueList
          bench={bench}
          now={now}
          selectedId={selected}
          onOpen={setSelected}
          onRetry={() => void reload()}
          onMore={() => void more()}
        />
      }
      detail={
        selected ? (
          <DispatchOrder key={selected} wishId={selected} now={now} onDecided={() => void reload()} onBack={next} />
        ) : (
          <Notice kind='info' id='desk-pick'>
            请在左侧选择一条心愿，在这里派单或不予受理。
          </Notice>
        )
      }
    />
  );
}
