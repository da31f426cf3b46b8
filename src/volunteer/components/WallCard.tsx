// One wish on the community's wall (微心愿墙): the kind of help, what the resident wrote, how long it
// has waited, by when; never a name, phone or room (the contact shows on the order after the claim).
import { Text, View } from '@tarojs/components';
import { BigButton } from '@/components';
import type { WallCardData } from '@/domain/wish/wall';
import { waitedText } from '@/domain/wish/wall';
import { dueText } from '@/domain/dueText';
import { categoryLabel } from '@/services/wishText';

interface Props {
  card: WallCardData;
  now: number;
  busy: boolean;
  onClaim: (wishId: string) => void;
}

export function WallCard({ card, now, busy, onClaim }: Props) {
  const due = dueText(card.dueAt, now);
  return (
    <View className='card wall-card' id={`wall-card-${card.wishId}`}>
      <View className='wall-card-head'>
        <Text className='wall-category'>{categoryLabel(card.category)}</Text>
        <Text className='wall-waited'>{waitedText(new Date(card.wallAt), new Date(now))}</Text>
      </View>
      <Text className='body-text wall-description'>{card.description}</Text>
      <Text className='meta wall-community'>{`${card.communityName} · 认领后可见联系方式和门牌`}</Text>
      <Text className={`meta wall-due${due.overdue ? ' wall-due--late' : ''}`}>{`办理时限：${due.text}`}</Text>
      <BigButton className='wall-claim' id={`wall-claim-${card.wishId}`} busy={busy} onClick={() => onClaim(card.wishId)}>
        我来认领
      </BigButton>
    </View>
  );
}
