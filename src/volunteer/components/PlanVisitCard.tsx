// 约定上门: once I hold the order (claimed, before check-in), I write down the day and time of day I
// agreed with the resident on the phone; the resident reads it on the wish's page. Again to change it.
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, Choices, DateChoice } from '@/components';
import type { WishView } from '@/domain/wish/view';
import type { TimeWindow } from '@/domain/wish/wish';
import { preferredTimeLine, shanghaiDate, TIME_WINDOW_LABELS } from '@/services';

interface Props {
  order: WishView;
  busy: boolean;
  onPlan: (date: string, window: TimeWindow) => void;
  now?: Date;
}

const LABELS = { date: '哪天上门？', window: '什么时间？' };

/**
 * `#plan-visit`: `#plan-visit-current` (the plan, or that there is none), the day buttons (`.date-<YYYY-MM-DD>`,
 * the picker `#plan-visit-date`), `.window-<morning|afternoon|evening|any>`, `#plan-visit-button` (记下).
 */
export function PlanVisitCard({ order, busy, onPlan, now = new Date() }: Props) {
  const today = shanghaiDate(now);
  // Start from the plan, else from what the resident asked for (never a day already past).
  const start = order.plannedVisit ?? order.preferredTime;
  const [date, setDate] = useState(start.date < today ? today : start.date);
  const [window, setWindow] = useState<TimeWindow>(start.window);
  if (order.status !== 'claimed' || !order.claimedByMe) return null;
  return (
    <Card title='约定上门时间' id='plan-visit'>
      <Text className='body-text' id='plan-visit-current'>
        {order.plannedVisit ? `已约定：${preferredTimeLine(order.plannedVisit, now)}` : '还没有约定，和居民通话后在这里记下'}
      </Text>
      <Text className='field-label'>{LABELS.date}</Text>
      <DateChoice id='plan-visit-date' value={date} label={LABELS.date} onChange={setDate} now={now} />
      <Text className='field-label'>{LABELS.window}</Text>
      <Choices options={TIME_WINDOW_LABELS} value={window} prefix='window' label={LABELS.window} onChange={setWindow} />
      <BigButton id='plan-visit-button' busy={busy} onClick={() => onPlan(date, window)}>
        记下
      </BigButton>
    </Card>
  );
}
