// The buttons this person may press on this order, by its state and their relation to it
// (wish/machine.ts WISH_LIFECYCLE): claimant, team member, team leader.
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, Dialog, Notice } from '@/components';
import type { WishView } from '@/domain/wish/view';
import { AssignPanel } from './AssignPanel';
import { CompleteForm } from './CompleteForm';
import { ReasonForm } from '@/components/ReasonForm';
import { ReturnInput } from '@/domain/schemas/volunteer';
import type { OrderActionsApi } from './useOrderActions';

type Panel = 'none' | 'assign' | 'return' | 'release';

interface Props {
  order: WishView;
  role?: 'member' | 'leader';
  api: OrderActionsApi;
}

export function OrderActions({ order, role, api }: Props) {
  const [panel, setPanel] = useState<Panel>('none');
  const close = () => setPanel('none');
  const then = (ok: boolean) => ok && close();
  const mine = order.claimedByMe;
  const leader = role === 'leader';

  if (panel === 'assign' && order.teamId) {
    return (
      <AssignPanel teamId={order.teamId} busy={api.busy} onAssign={(id, name) => void api.assign(id, name).then(then)} onCancel={close} />
    );
  }
  if (panel === 'return') {
    return (
      <ReasonForm
        id='return'
        title='退回中心'
        hint='退回后由中心改派其他服务队，本队不会再收到这一单。'
        placeholder='必填，如：需要专业电工，本队暂无'
        confirm='确认退回'
        schema={ReturnInput.shape.reason}
        busy={api.busy}
        onSubmit={(r) => void api.giveBack(r).then(then)}
        cancel={{ label: '不退回了', onCancel: close }}
      />
    );
  }
  if (order.status === 'in_service' && mine)
    return <CompleteForm wishId={order.id} busy={api.busy} onSubmit={(input) => void api.complete(input)} />;

  const buttons = [];
  if (order.status === 'dispatched' && role) {
    buttons.push(
      <BigButton key='claim' id='claim-button' busy={api.busy} onClick={() => void api.claim()}>
        接单
      </BigButton>,
    );
    if (leader)
      buttons.push(
        <BigButton key='assign' kind='secondary' id='assign-open' onClick={() => setPanel('assign')}>
          指派给队员
        </BigButton>,
      );
  }
  if (order.status === 'claimed' && mine) {
    buttons.push(
      <BigButton key='check-in' id='check-in-button' busy={api.busy} onClick={() => void api.checkIn()}>
        到达签到
      </BigButton>,
    );
  }
  if (order.status === 'claimed' && (mine || leader)) {
    buttons.push(
      <BigButton key='release' kind='plain' id='release-button' onClick={() => setPanel('release')}>
        {mine ? '放弃这一单' : '收回这一单'}
      </BigButton>,
    );
  }
  if ((order.status === 'dispatched' || order.status === 'claimed') && leader) {
    buttons.push(
      <BigButton key='return' kind='danger' id='return-open' onClick={() => setPanel('return')}>
        退回中心
      </BigButton>,
    );
  }
  if (buttons.length === 0) {
    if (order.status === 'in_service') return <Notice kind='info'>志愿者正在服务中</Notice>;
    if (order.status === 'claimed') return <Notice kind='info'>已由其他队员接单</Notice>;
    return null;
  }
  return (
    <Card title='操作' id='order-actions'>
      {order.status === 'claimed' && mine && <Text className='meta'>到达居民家后点「到达签到」，服务完成后再填写服务记录。</Text>}
      {buttons}
      {panel === 'release' && (
        <Dialog
          id='release-dialog'
          title={mine ? '确定放弃这一单？' : '确定收回这一单？'}
          confirmId='release-confirm'
          cancelId='release-keep'
          confirmText={mine ? '放弃' : '收回'}
          cancelText='再想想'
          danger
          busy={api.busy}
          onConfirm={() => void api.release().then(then)}
          onCancel={close}
        >
          这一单会回到接单大厅，由本队其他队员接单。
        </Dialog>
      )}
    </Card>
  );
}
