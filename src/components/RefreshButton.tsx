// A visible 刷新 beside pull-to-refresh (not everyone knows to pull a page down).
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { Tappable } from './Tappable';

export function RefreshButton({ id, onRefresh }: { id: string; onRefresh: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const refresh = () => {
    if (busy) return;
    setBusy(true);
    void onRefresh().finally(() => setBusy(false));
  };
  return (
    <Tappable id={id} className='refresh-button' label='刷新' disabled={busy} onClick={refresh}>
      <Text>{busy ? '正在刷新…' : '↻ 刷新'}</Text>
    </Tappable>
  );
}
