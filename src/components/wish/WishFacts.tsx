// The whole wish as the centre and the volunteers read it: what, where (小区 楼栋 · 门牌, the room only
// for whoever may see it), when (and the visit the volunteer planned), by when, which team (or the wall, an activity), the centre's note to it, and why it is back.
import { Text } from '@tarojs/components';
import { Card, InfoRow } from '@/components/Card';
import { wishDueText } from '@/domain/dueText';
import type { WishView } from '@/domain/wish/view';
import { formatFen } from '@/domain/money/fen';
import { BASIS_LABELS } from '@/domain/money/price';
import { backReason, dispatchNote, formatDateTime, placeText, preferredTimeText } from '@/services';
import { timeParts } from '@/services/activityText';
import { StatusTag } from './StatusTag';
import { needsAttention, WishHead } from './WishHead';
import { WishPhotos } from './WishPhotos';

interface Props {
  wish: WishView;
  now: number;
  /**
   * Ids and classes for tests: `wish` on the centre's order (`#wish-facts`, `#wish-status`, `.wish-due`…),
   * `order` on a volunteer's (`#order-facts`, `#order-status`, `.order-place`…).
   */
  prefix: 'wish' | 'order';
  teamName?: string;
  /** Show the contact here (the centre may call the resident; volunteers have their ContactCard). */
  contact?: boolean;
}

/** Repairs at cost, as the team collects it: 「¥12.00（材料费）」, or 「免费（由社区公益基金承担）」. */
const staffPriceText = (p: NonNullable<WishView['price']>) =>
  p.payFen === 0 ? '免费（由社区公益基金承担）' : `${formatFen(p.payFen)}（${BASIS_LABELS[p.basis]}）`;

export function WishFacts({ wish, now, prefix, teamName, contact }: Props) {
  const due = wishDueText(wish, now);
  const reason = backReason(wish);
  const note = dispatchNote(wish);
  return (
    <Card alert={needsAttention(wish, now)} className='wish-facts' id={`${prefix}-facts`}>
      <WishHead wish={wish} prefix={prefix} now={now} />
      <StatusTag status={wish.status} id={`${prefix}-status`} />
      <Text className={`body-text ${prefix}-description`}>{wish.description}</Text>
      <WishPhotos photos={wish.photos} />
      <InfoRow label='地点' value={placeText(wish)} className={`${prefix}-place`} />
      {wish.place ? <InfoRow label='社区' value={wish.place.communityName} className={`${prefix}-community`} /> : null}
      {contact ? (
        <InfoRow
          label='联系人'
          value={`${wish.contact.name} ${wish.contact.phone}${wish.noPhone ? '（老人没有电话，这是帮办人的电话）' : wish.proxy ? '（帮办代提）' : ''}`}
          className={`${prefix}-contact`}
        />
      ) : null}
      {contact && wish.helper ? (
        <InfoRow label='帮办人' value={`${wish.helper.name} ${wish.helper.phone}`} className={`${prefix}-helper`} />
      ) : null}
      <InfoRow label='希望时间' value={preferredTimeText(wish.preferredTime)} />
      {wish.plannedVisit ? (
        <InfoRow label='约定上门' value={preferredTimeText(wish.plannedVisit, new Date(now))} className={`${prefix}-visit`} />
      ) : null}
      <InfoRow label='提交于' value={formatDateTime(wish.createdAt)} />
      <InfoRow
        label='办理时限'
        // While open: in words (周三 17:30 前, 服务日 周三 12月9日, 已超时 2 天), then the exact time.
        value={due ? [`${due.overdue ? '⚠ ' : ''}${due.text}`, formatDateTime(wish.dueAt)] : formatDateTime(wish.dueAt)}
        className={`${prefix}-due${due?.overdue ? ' alert-text due-overdue' : ''}`}
      />
      {wish.price ? <InfoRow label='住户支付' value={staffPriceText(wish.price)} className={`${prefix}-price`} /> : null}
      {teamName ? <InfoRow label='服务队' value={teamName} className={`${prefix}-team`} /> : null}
      {wish.wall ? <InfoRow label='办理方式' value='社区微心愿墙（本社区志愿者认领）' className={`${prefix}-route`} /> : null}
      {wish.activityId ? (
        <InfoRow
          label='办理方式'
          value={wish.activity ? `社区活动「${wish.activity.title}」中办理` : '社区活动中办理（报名的志愿者认领）'}
          className={`${prefix}-route`}
        />
      ) : null}
      {wish.activity ? (
        <>
          <InfoRow
            label='活动时间'
            value={timeParts(wish.activity.startAt, wish.activity.endAt, new Date(now))}
            className={`${prefix}-activity-time`}
          />
          <InfoRow label='活动地点' value={wish.activity.address} className={`${prefix}-activity-place`} />
        </>
      ) : null}
      {note ? <InfoRow label='中心留言' value={note} className={`${prefix}-dispatch-note`} /> : null}
      {reason ? <Text className={`reason ${prefix}-reason`}>{reason}</Text> : null}
      {wish.rejectReason ? <Text className={`reason ${prefix}-reason`}>{`不予受理：${wish.rejectReason}`}</Text> : null}
    </Card>
  );
}
