// 服务日: the centre (and the leader of the team holding the wish) puts a wish not yet served into its
// community's next weekly service day, which becomes its due date (that day's end of work). One tap,
// its outcome shown in the card; the page reloads the wish after it.
//
// `#service-day`: `#service-day-current` (the day it is in, if any), `#service-day-button` (排进服务日),
// `#service-day-done`, `#service-day-error` (`.error-message[data-code]`).
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, Notice } from '@/components';
import { serviceDayText } from '@/domain/dueText';
import { WISH_LIFECYCLE } from '@/domain/wish/machine';
import type { WishView } from '@/domain/wish/view';
import { useAct } from '@/hooks/useAct';
import { call } from '@/services';

interface Props {
  wish: Pick<WishView, 'id' | 'status' | 'serviceDay'>;
  /** After it was scheduled (the page reloads the wish). */
  onDone: () => void;
}

export function ServiceDayCard({ wish, onDone }: Props) {
  const { busy, error, done, act } = useAct();
  // The day the answer named, until the reloaded wish carries it.
  const [scheduled, setScheduled] = useState<string>();
  if (!WISH_LIFECYCLE.schedule_service_day.from.includes(wish.status)) return null;
  const day = wish.serviceDay ?? scheduled;
  const schedule = async () => {
    const r = await act(() => call('dispatch', { action: 'schedule_service_day' as const, wishId: wish.id }), '已排进服务日', {
      toast: false,
    });
    if (r.ok) {
      setScheduled(r.data.serviceDay);
      onDone();
    }
  };
  return (
    <Card title='社区服务日' id='service-day'>
      <Text className='body-text' id='service-day-current'>
        {day ? `已排进${serviceDayText(day)}，那天下班前办好。` : '不急的心愿可以排进本社区下一个服务日集中上门，办理时限改为那天下班前。'}
      </Text>
      {done ? (
        <Notice kind='success' id='service-day-done'>
          {day ? `已排进${serviceDayText(day)}` : done}
        </Notice>
      ) : null}
      {error ? (
        <Notice kind='error' code={error.code} id='service-day-error'>
          {error.message}
        </Notice>
      ) : null}
      {day ? null : (
        <BigButton kind='secondary' id='service-day-button' busy={busy} onClick={() => void schedule()}>
          排进服务日
        </BigButton>
      )}
    </Card>
  );
}
