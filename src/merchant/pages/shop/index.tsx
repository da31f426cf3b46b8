/**
 * 我的店铺 — a merchant of the 爱心联盟 sees its shop's profile as residents and volunteers will see it,
 * and edits its address, opening hours and introduction (修改店铺资料; checked like all public text).
 * From here: 柜台核销 (the counter), 商品管理 (items), 月结账单 (the monthly statement).
 *
 * Selectors (browser tests):
 * - `#shop-page`; `#shop-card` (`.shop-name`, `.shop-community`, `.shop-address`, `.shop-hours`, `.shop-intro`)
 * - `#shop-edit` opens components/ShopForm (`#shop-form`, `#shop-address`, `#shop-hours`, `#shop-intro`, `#shop-save`,
 *   `#shop-cancel`); `#shop-saved` (success); `.error-message[data-code]`
 * - `#go-counter`, `#go-items`, `#go-statement`; `#shop-now` (what the shop can do now), `.error-message[data-code]`, `#retry-button`
 */
import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { BigButton, Card, InfoRow, Loading, Notice, PageRoot, RetryNotice } from '@/components';
import { ShopForm, type ShopDraft } from '@/merchant/components/ShopForm';
import { useAct } from '@/hooks/useAct';
import { useRemote } from '@/hooks/useRemote';
import { call } from '@/services';

const go = (url: string) => () => void Taro.navigateTo({ url });

export default function ShopPage() {
  const load = useCallback(() => call('admin', { action: 'shop' as const }), []);
  const { state, reload } = useRemote(load);
  const [editing, setEditing] = useState(false);
  const { busy, error, done, act } = useAct();
  const save = async (d: ShopDraft) => {
    const r = await act(() => call('admin', { action: 'edit_shop', ...d }), '店铺资料已保存', { toast: false });
    // Someone else's change: the form closes on the latest, to check and save again.
    if (r.ok || r.error.code === 'SHOP.CHANGED') setEditing(false);
    await reload();
  };
  return (
    <PageRoot id='shop-page' heading='我的店铺'>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <RetryNotice code={state.code} message={state.message} onRetry={() => void reload()} /> : null}
      {state.status === 'ready' ? (
        <>
          <Card title={state.data.name} id='shop-card'>
            <InfoRow label='所在社区' value={state.data.communityName} className='shop-community' />
            <InfoRow label='地址' value={state.data.address ?? '未填写'} className='shop-address' />
            <InfoRow label='营业时间' value={state.data.hours ?? '未填写'} className='shop-hours' />
            <InfoRow label='店铺简介' value={state.data.intro ?? '未填写'} className='shop-intro' />
            {editing ? null : (
              <BigButton kind='secondary' id='shop-edit' onClick={() => setEditing(true)}>
                修改店铺资料
              </BigButton>
            )}
          </Card>
          {error ? (
            <Notice kind='error' code={error.code}>
              {error.message}
            </Notice>
          ) : null}
          {done ? (
            <Notice kind='success' id='shop-saved'>
              {done}
            </Notice>
          ) : null}
          {editing ? (
            <ShopForm
              key={state.data.version}
              shop={state.data}
              busy={busy}
              onSave={(d) => void save(d)}
              onClose={() => setEditing(false)}
            />
          ) : null}
          <BigButton id='go-counter' onClick={go('/merchant/pages/counter/index')}>
            柜台核销
          </BigButton>
          <BigButton kind='secondary' id='go-items' onClick={go('/merchant/pages/items/index')}>
            商品管理
          </BigButton>
          <BigButton kind='secondary' id='go-statement' onClick={go('/merchant/pages/statement/index')}>
            月结账单
          </BigButton>
          <Notice kind='info' id='shop-now'>
            这是居民和志愿者看到的店铺信息。店名和所在社区由街道管理员登记，有误请找管理员修改。志愿者预约兑换后，在「柜台核销」扫码或输入6位兑换码核销。
          </Notice>
        </>
      ) : null}
    </PageRoot>
  );
}
