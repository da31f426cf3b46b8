// One invitation in the admin's list: whom it invites to what, its status, and 撤回 (with a reason)
// while it is open.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, InfoRow } from '@/components';
import { ReasonForm } from '@/components/ReasonForm';
import { RevokeInvitationInput, type InvitationItem as Item } from '@/domain/schemas/people';
import { formatDateTime, INVITATION_STATUS_LABELS, inviteTitle } from '@/services';

const TAG: Record<Item['status'], string> = { open: 'tag--info', accepted: 'tag--good', revoked: 'tag--alert', expired: '' };

export function InvitationItem({ item, busy, onRevoke }: { item: Item; busy: boolean; onRevoke: (reason: string) => void }) {
  const [revoking, setRevoking] = useState(false);
  return (
    <Card className='invitation-item' id={`invitation-${item.invitationId.slice(0, 12)}`}>
      <View className='row'>
        <Text className='invitation-title'>{inviteTitle(item.role, item.scope.name)}</Text>
        <Text className={`tag ${TAG[item.status]} invitation-status`} data-status={item.status}>
          {INVITATION_STATUS_LABELS[item.status]}
        </Text>
      </View>
      <InfoRow label='邀请人' value={item.from} />
      {item.note && <InfoRow label='备注' value={item.note} />}
      <InfoRow label='发出' value={formatDateTime(item.createdAt)} />
      <InfoRow label='有效期至' value={formatDateTime(item.expiresAt)} />
      {item.acceptedBy && <InfoRow label='接受人' value={`${item.acceptedBy}（${formatDateTime(item.acceptedAt ?? item.createdAt)}）`} />}
      {item.revokeReason && <InfoRow label='撤回原因' value={item.revokeReason} />}
      {item.status === 'open' &&
        (revoking ? (
          <ReasonForm
            id='invitation-revoke'
            title='撤回邀请'
            hint='撤回后这份邀请立即失效。原因会记入授权记录。'
            placeholder='如：发错人了'
            confirm='确认撤回'
            schema={RevokeInvitationInput.shape.reason}
            busy={busy}
            onSubmit={onRevoke}
            cancel={{ label: '不撤回', onCancel: () => setRevoking(false) }}
          />
        ) : (
          <BigButton kind='danger' className='invitation-revoke' onClick={() => setRevoking(true)}>
            撤回邀请
          </BigButton>
        ))}
    </Card>
  );
}
