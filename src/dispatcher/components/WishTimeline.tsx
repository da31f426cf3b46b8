// What happened to the wish so far, newest first, with who did it by role (never by name).
import { Card, Timeline } from '@/components';
import type { WishView } from '@/domain/wish/view';
import { actorLabel, formatDateTime, stepLabel } from '@/services';

export function WishTimeline({ wish }: { wish: Pick<WishView, 'history' | 'createdAt' | 'proxy'> }) {
  const steps = wish.history.map((h, i) => ({ key: `${i}`, time: formatDateTime(h.at), title: stepLabel(h.action, h.to), actor: actorLabel(h.as, h.byMe), note: h.note }));
  const filed = { key: 'filed', time: formatDateTime(wish.createdAt), title: wish.proxy ? '帮办员代居民提交心愿' : '居民提交心愿' };
  return (
    <Card title='办理记录' id='wish-history'>
      <Timeline steps={[...steps.reverse(), filed]} />
    </Card>
  );
}
