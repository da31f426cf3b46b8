/**
 * 我的店铺 — a merchant of the 爱心联盟 sees its shop's profile as residents and volunteers will see it.
 * From here: 柜台核销 (the counter), 商品管理 (items), 月结账单 (the monthly statement).
 *
 * Selectors (browser tests):
 * - `#shop-page`; `#shop-card` (`.shop-name`, `.shop-community`, `.shop-address`, `.shop-hours`)
 * - `#go-counter`, `#go-items`, `#go-statement`; `#shop-now` (what the shop can do now), `.error-message[data-code]`, `#retry-button`
 */
import { useCallback } from 'react';
import Taro from '@tarojs/taro';
import { BigButton, Card, InfoRow, Loading, Notice, PageRoot, RetryNotice } from '@/components';
import { useRemote } from '@/hooks/useRemote';
import { call } from '@/services';

const go = (url: string) => () => void Taro.navigateTo({ url });

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
            这是居民和志愿者看到的店铺信息，资料有误请找街道管理员修改。志愿者预约兑换后，在「柜台核销」扫码或输入6位兑换码核销。
          </Notice>
        </>
      ) : null}
    </PageRoot>
  );
}
