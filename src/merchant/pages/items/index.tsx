/**
 * 商品管理 — the shop's items for 爱心兑换: name, points, stock, on or off the shelf. A change is saved
 * with the version it was read at: a reservation meanwhile (stock moved) asks to look again.
 *
 * Selectors (browser tests):
 * - `#items-page`; `#item-new`; `.shop-item` / `#shop-item-<id>` (`.item-points`, `.item-stock`), `#item-edit-<id>`
 * - the form (components/ItemForm): `#item-form`, `#item-save`; `#item-done`; `.error-message[data-code]`; `#items-more`
 */
import { Text } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { BigButton, Card, Loading, Notice, PageRoot, RefreshButton } from '@/components';
import { ItemForm, type ItemDraft } from '@/merchant/components/ItemForm';
import { useAct } from '@/hooks/useAct';
import { usePaged } from '@/hooks/usePaged';
import { useRefresh } from '@/hooks/useRefresh';
import { call } from '@/services';
import '@/merchant/components/merchant.scss';

export default function ItemsPage() {
  const load = useCallback((page: number) => call('bank', { action: 'shop_items' as const, page }), []);
  const { list, reload, more } = usePaged(load, { keyOf: (i) => i.itemId });
  useRefresh(reload);
  const [editing, setEditing] = useState<ItemDraft | 'new'>();
  const { busy, error, done, act } = useAct();
  const save = async (d: ItemDraft) => {
    const r = await act(() => call('bank', { action: 'save_item', ...d }), `已保存「${d.name}」`, { toast: false });
    if (r.ok) setEditing(undefined);
    await reload();
  };
  return (
    <PageRoot id='items-page' desk heading='商品管理'>
      <RefreshButton id='items-refresh' onRefresh={reload} />
      {error ? (
        <Notice kind='error' code={error.code}>
          {error.message}
        </Notice>
      ) : null}
      {done ? (
        <Notice kind='success' id='item-done'>
          {done}
        </Notice>
      ) : null}
      {editing ? (
        <ItemForm
          key={editing === 'new' ? 'new' : editing.itemId}
          {...(editing === 'new' ? {} : { item: editing })}
          busy={busy}
          onSave={(d) => void save(d)}
          onClose={() => setEditing(undefined)}
        />
      ) : (
        <BigButton id='item-new' onClick={() => setEditing('new')}>
          新增商品
        </BigButton>
      )}
      {list.status === 'loading' ? <Loading /> : null}
      {list.status !== 'ready' && list.error ? (
        <Notice kind='error' code={list.error.code}>
          {list.error.message}
        </Notice>
      ) : null}
      {list.status === 'ready' && list.items.length === 0 ? <Notice kind='info'>还没有商品，点「新增商品」添加。</Notice> : null}
      {list.items.map((i) => (
        <Card key={i.itemId} title={i.name} className='shop-item' id={`shop-item-${i.itemId}`}>
          <Text className='counter-points item-points'>{`${i.points} 积分`}</Text>
          <Text className='meta item-stock'>{`库存 ${i.stock} 件 · ${i.active ? '上架中' : '已下架'}`}</Text>
          {i.note ? <Text className='meta'>{i.note}</Text> : null}
          <BigButton kind='secondary' id={`item-edit-${i.itemId}`} onClick={() => setEditing(i)}>
            修改
          </BigButton>
        </Card>
      ))}
      {list.hasMore ? (
        <BigButton kind='plain' id='items-more' busy={list.loadingMore} onClick={() => void more()}>
          加载更多
        </BigButton>
      ) : null}
    </PageRoot>
  );
}
