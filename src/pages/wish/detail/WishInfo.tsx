import { Text } from '@tarojs/components';
import { Card, InfoRow, Notice } from '@/components';
import { StatusTag } from '@/components/wish/StatusTag';
import { WishHead } from '@/components/wish/WishHead';
import { WishPhotos } from '@/components/wish/WishPhotos';
import { wishDueText } from '@/domain/dueText';
import type { WishView } from '@/domain/wish/view';
import { formatDateTime, preferredTimeText } from '@/services';

/** What was asked and its status: `#wish-status` (`data-status`), `.wish-description`, when to expect the visit (`.info-due`). */
export function WishInfo({ wish, now }: { wish: WishView; now: number }) {
  const due = wishDueText(wish, now, true);
  return (
    <Card className='wish-info'>
      <WishHead wish={wish} prefix='info' now={now} large />
      <StatusTag status={wish.status} className='info-status' id='wish-status' />
      {wish.rejectReason ? (
        <Notice kind='error' id='reject-reason'>
          {`社区未受理：${wish.rejectReason}`}
        </Notice>
      ) : null}
      <Text className='wish-description'>{wish.description}</Text>
      <WishPhotos photos={wish.photos} />
      <InfoRow label='希望时间' value={preferredTimeText(wish.preferredTime)} />
      {due ? (
        <InfoRow
          label='上门时限'
          value={`${due.overdue ? '⚠ ' : ''}${due.text}${due.overdue ? '，社区正在督办' : ''}`}
          className={`info-due${due.overdue ? ' alert-text due-overdue' : ''}`}
        />
      ) : null}
      <InfoRow label='门牌号' value={wish.room ?? ''} />
      <InfoRow
        label={wish.proxy ? '老人' : '联系人'}
        // Short parts: each stays whole and the row wraps between them (大字模式).
        value={wish.noPhone ? [wish.contact.name, '没有电话', '志愿者会打您的电话'] : [wish.contact.name, wish.contact.phone]}
      />
      {/* Repairs at cost: the price fixed when it was submitted. */}
      {wish.price ? <InfoRow label='费用' value={wish.price.text} className='info-price' /> : null}
      <InfoRow label='提交时间' value={formatDateTime(wish.createdAt)} />
    </Card>
  );
}
