/**
 * 我的店铺 — a merchant of the 爱心联盟 sees its shop's profile as residents and volunteers will see it.
 * Redemption at the counter (核销) comes later; the page says so plainly, with no button for it.
 *
 * Selectors (browser tests):
 * - `#shop-page`; `#shop-card` (`.shop-name`, `.shop-community`, `.shop-address`, `.shop-hours`)
 * - `#shop-now` (what the shop can do now), `.error-message[data-code]`, `#retry-button`
 */
import { useCallback } from 'react';
import { Card, InfoRow, Loading, Notice, PageRoot, RetryNotice } from '@/components';
import { useRemote } from '@/hooks/useRemote';
import { call } from '@/services';

export default function ShopPage() {
  const load = useCallback(() => call('admin', { action: 'shop' as const }), []);
  const { state, reload } = useRemote(load);
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
          </Card>
          <Notice kind='info' id='shop-now'>
            这是居民和志愿者将看到的店铺信息。志愿者用积分兑换、在柜台核销的功能还在建设中，开通后会在这里办理；资料有误请找街道管理员修改。
          </Notice>
        </>
      ) : null}
    </PageRoot>
  );
}
