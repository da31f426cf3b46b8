// For a team I lead: its open orders and who holds each, each member's load, and the lasting record
// of assignments (who assigned what to whom, when). Served by volunteer.team_orders and members.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { BigButton, Loading, Notice, Tappable } from '@/components';
import { SERVICE_MENU, type Category } from '@/domain/menu';
import { MINUTES_MARGIN } from '@/domain/wish/service';
import { STATUS_LABELS } from '@/domain/wish/states';
import { call } from '@/services';
import { formatDateTime } from '@/services/clock';
import { usePaged } from '@/hooks/usePaged';

type Assignment = { wishId: string; category: string; by: string; to: string; at: string };
type Held = { wish: { id: string; category: string; completion?: { minutes: number; allowedMinutes?: number } }; holder?: string };
type Member = { membershipId: string; name: string; status: string; load: number };

const label = (c: string) => SERVICE_MENU[c as Category]?.label ?? c;
const open = (wishId: string) => void Taro.navigateTo({ url: `/volunteer/pages/order/index?wishId=${encodeURIComponent(wishId)}` });

export function TeamOrders({ teamId, members }: { teamId: string; members: readonly Member[] }) {
  const load = useCallback((page: number) => call('volunteer', { action: 'team_orders' as const, teamId, page }), [teamId]);
  const [assignments, setAssignments] = useState<Assignment[]>([]);
  const [toConfirm, setToConfirm] = useState<Held[]>([]);
  const { list, more } = usePaged(
    useCallback(
      async (page: number) => {
        const r = await load(page);
        if (r.ok && page === 0) {
          setAssignments(r.data.assignments);
          setToConfirm(r.data.toConfirm);
        }
        return r;
      },
      [load, setAssignments, setToConfirm],
    ),
    { keyOf: (o) => o.wish.id },
  );
  const active = members.filter((m) => m.status === 'active');
  return (
    <View className='team-orders' id={`team-orders-${teamId}`}>
      <Text className='section-title'>队员手上的单</Text>
      {active.map((m) => (
        <Text className='meta member-load' key={m.membershipId} id={`load-${m.membershipId}`}>
          {m.name}：进行中 {m.load} 单
        </Text>
      ))}
      {toConfirm.length > 0 && <Text className='section-title'>等您确认服务时长</Text>}
      {toConfirm.map(({ wish, holder }) => (
        <Tappable
          role='link'
          className='team-order team-order--confirm'
          key={wish.id}
          id={`confirm-order-${wish.id}`}
          onClick={() => open(wish.id)}
        >
          <Text className='body-text'>
            {label(wish.category)} · {holder ?? '队员'}填写 {wish.completion?.minutes ?? 0} 分钟
          </Text>
          <Text className='meta'>{`从签到到完成约 ${Math.max(0, (wish.completion?.allowedMinutes ?? MINUTES_MARGIN) - MINUTES_MARGIN)} 分钟，请核实后确认`}</Text>
        </Tappable>
      ))}
      <Text className='section-title'>本队未办结的单</Text>
      {list.status === 'loading' && <Loading text='正在读取…' />}
      {list.error && (
        <Notice kind='error' code={list.error.code}>
          {list.error.message}
        </Notice>
      )}
      {list.status === 'ready' && list.items.length === 0 && <Text className='meta'>本队现在没有未办结的单</Text>}
      {list.items.map(({ wish, holder }) => (
        <Tappable role='link' className='team-order' key={wish.id} id={`team-order-${wish.id}`} onClick={() => open(wish.id)}>
          <Text className='body-text'>
            {label(wish.category)} · {STATUS_LABELS[wish.status]}
          </Text>
          <Text className='meta'>{holder ? `承办：${holder}` : '还没有人接单'}</Text>
        </Tappable>
      ))}
      {list.hasMore && (
        <BigButton kind='plain' busy={list.loadingMore} onClick={() => void more()}>
          加载更多
        </BigButton>
      )}
      <Text className='section-title'>指派记录</Text>
      {assignments.length === 0 && <Text className='meta'>还没有指派记录</Text>}
      {assignments.map((a) => (
        <Text className='meta assignment' key={`${a.wishId}-${a.at}`}>
          {formatDateTime(a.at)} {a.by} 把「{label(a.category)}」指派给 {a.to}
        </Text>
      ))}
    </View>
  );
}
