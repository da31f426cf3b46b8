// A wish's history as timeline steps, newest first: who (我 / 居民 / 派单员 / 志愿者 / 队长 / 系统), when, what.
import type { WishView } from '@/domain/wish/view';
// Straight from the modules, not the services index (which loads Taro): node tests import this file.
import { formatDateTime } from '@/services/clock';
import { actorLabel, stepLabel } from '@/services/wishText';
import type { TimelineStep } from './Timeline';

type Seen = Pick<WishView, 'createdAt' | 'proxy' | 'history' | 'rating'>;

/**
 * `filedByMe`: the viewer filed the wish (the resident's own pages), so the first step is theirs (我);
 * the centre and volunteers read 居民 or 帮办员.
 */
export function wishSteps(wish: Seen, { filedByMe = false, now = new Date() }: { filedByMe?: boolean; now?: Date } = {}): TimelineStep[] {
  const submitted: TimelineStep = {
    key: 'submitted',
    time: formatDateTime(wish.createdAt, now),
    title: wish.proxy ? '帮办员代为提交心愿' : '提交心愿',
    actor: filedByMe ? '我' : wish.proxy ? '帮办员' : '居民',
  };
  const steps = wish.history.map((h, i): TimelineStep => {
    const rated = h.action === 'rate' && wish.rating ? `评价${wish.rating.stars}星` : '';
    // A 帮办员's rating is the elder's, given through them (代老人评价).
    const behalf = h.onBehalf ? '（代老人评价）' : '';
    return {
      key: `${i}-${h.action}`,
      time: formatDateTime(h.at, now),
      title: rated
        ? `${rated}${behalf}${h.to === 'reopened' ? '，中心将安排其他服务队重办' : ''}`
        : `${stepLabel(h.action, h.to, h.visit, now, h.serviceDay)}${behalf}`,
      actor: h.onBehalf && !h.byMe ? '帮办员' : actorLabel(h.as, h.byMe),
      ...(h.note ? { note: h.note } : {}),
    };
  });
  return [submitted, ...steps].reverse();
}
