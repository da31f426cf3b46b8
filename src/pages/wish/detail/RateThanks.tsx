// After rating: a thank-you that stays on the page (not only a toast that vanishes), for as long as
// the wish shows the resident's rating.
import { Text } from '@tarojs/components';
import { Card } from '@/components';
import type { WishView } from '@/domain/wish/view';

/** `#rate-thanks` once the owner's rating is recorded (rated, closed; reopened for another team). */
export function RateThanks({ wish }: { wish: Pick<WishView, 'status' | 'history' | 'proxy'> }) {
  const mine = [...wish.history].reverse().find((h) => h.action === 'rate' && h.byMe);
  if (!mine) return null;
  const redo = wish.status === 'reopened' || mine.to === 'reopened';
  return (
    <Card className='rate-thanks' id='rate-thanks'>
      <Text className='rate-thanks-title'>{redo ? '谢谢您告诉我们' : '谢谢您的评价！'}</Text>
      <Text className='body-text'>
        {redo
          ? '社区已收到您的意见，会安排另一支服务队重新办理。'
          : wish.proxy
            ? '已代老人评价。志愿者会收到这份肯定，感谢您帮老人办事。'
            : '志愿者会收到您的评价。有需要时，欢迎再来提心愿。'}
      </Text>
    </Card>
  );
}
