// A wish's history as timeline steps, newest first: who (我 / 派单员 / 志愿者 / 队长 / 系统), when, what.
import type { TimelineStep } from '@/components';
import type { WishView } from '@/domain/wish/view';
import { formatDateTime } from '@/services/clock';
import { actorLabel, stepLabel } from '@/services/wishText';

export function timelineSteps(wish: Pick<WishView, 'createdAt' | 'proxy' | 'history' | 'rating'>, now: Date = new Date()): TimelineStep[] {
  const submitted: TimelineStep = {
    key: 'submitted',
    time: formatDateTime(wish.createdAt, now),
    title: wish.proxy ? '帮办员代为提交心愿' : '提交心愿',
    actor: '我',
  };
  const steps = wish.history.map((h, i): TimelineStep => {
    const rated = h.action === 'rate' && wish.rating ? `评价${wish.rating.stars}星` : '';
    return {
      key: `${i}-${h.action}`,
      time: formatDateTime(h.at, now),
      title: rated ? `${rated}${h.to === 'reopened' ? '，中心将安排其他服务队重办' : ''}` : stepLabel(h.action, h.to),
      actor: actorLabel(h.as, h.byMe),
      ...(h.note ? { note: h.note } : {}),
    };
  });
  return [submitted, ...steps].reverse();
}
