// Once a volunteer holds the wish, the resident sees who comes (masked name), from which team, when they
// plan to come (约定上门, once written down), and a number to call: the community's hotline (volunteers'
// own phones stay with the team).
import Taro from '@tarojs/taro';
import { BigButton, Card, InfoRow } from '@/components';
import type { WishView } from '@/domain/wish/view';
import { preferredTimeText } from '@/services';

interface Props {
  servedBy: NonNullable<WishView['servedBy']>;
  /** 约定上门: when the volunteer plans to come, once they wrote it down. */
  plannedVisit?: WishView['plannedVisit'];
}

/** `#served-by` (`#served-by-name`, `#served-by-team`, `.served-by-visit`, `#call-hotline`). */
export function ServedBy({ servedBy, plannedVisit }: Props) {
  const hotline = servedBy.hotline;
  const dial = () => void (hotline ? Taro.makePhoneCall({ phoneNumber: hotline }).catch(() => undefined) : undefined);
  return (
    <Card title='为您服务' id='served-by'>
      <InfoRow label='志愿者' value={servedBy.name} className='served-by-name' />
      {servedBy.teamName ? <InfoRow label='服务队' value={servedBy.teamName} className='served-by-team' /> : null}
      {plannedVisit ? <InfoRow label='约定上门' value={preferredTimeText(plannedVisit)} className='served-by-visit' /> : null}
      {hotline ? (
        <>
          <InfoRow label='社区电话' value={hotline} className='served-by-hotline' />
          <BigButton kind='secondary' id='call-hotline' onClick={dial}>
            {`拨打社区电话 ${hotline}`}
          </BigButton>
        </>
      ) : null}
    </Card>
  );
}
