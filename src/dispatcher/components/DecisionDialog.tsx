// The centre's decisions ask first (the kit's Dialog): 派单 names the team (and the note it will read);
// a team outside the wish's community is asked about once more, explicitly; 不予受理 shows the reason
// the resident will read.
import { Text } from '@tarojs/components';
import { Dialog } from '@/components';
import type { Suggestion } from './SuggestionList';

export type Pending = { kind: 'dispatch'; team: Suggestion; note: string; outside: boolean } | { kind: 'reject'; reason: string };

interface Props {
  pending: Pending;
  busy: boolean;
  /** The dispatch to a team outside the area needs a second, explicit yes. */
  onOutside: (team: Suggestion, note: string) => void;
  onDispatch: (team: Suggestion, note: string) => void;
  onReject: (reason: string) => void;
  onCancel: () => void;
}

export function DecisionDialog({ pending, busy, onOutside, onDispatch, onReject, onCancel }: Props) {
  if (pending.kind === 'reject') {
    return (
      <Dialog
        id='reject-dialog'
        title='确定不予受理？'
        confirmId='reject-confirm'
        cancelId='reject-keep'
        confirmText='不予受理'
        cancelText='再想想'
        danger
        busy={busy}
        onConfirm={() => onReject(pending.reason)}
        onCancel={onCancel}
      >
        <Text className='body-text'>{`居民会收到这个原因：「${pending.reason}」`}</Text>
      </Dialog>
    );
  }
  const { team, note, outside } = pending;
  if (outside) {
    return (
      <Dialog
        id='outside-dialog'
        title='这支队不在服务范围'
        confirmId='outside-confirm'
        cancelId='outside-keep'
        confirmText='仍然派给这支队'
        cancelText='换一支队'
        danger
        busy={busy}
        onConfirm={() => onDispatch(team, note)}
        onCancel={onCancel}
      >
        <Text className='body-text'>{`「${team.name}」不负责这个社区，队员可能离得很远。确定仍要派给它吗？`}</Text>
      </Dialog>
    );
  }
  return (
    <Dialog
      id='dispatch-dialog'
      title={`派给「${team.name}」？`}
      confirmId='dispatch-confirm'
      cancelId='dispatch-keep'
      confirmText='确定派单'
      cancelText='再想想'
      busy={busy}
      onConfirm={() => (team.covers ? onDispatch(team, note) : onOutside(team, note))}
      onCancel={onCancel}
    >
      <Text className='body-text'>
        {`派单后，「${team.name}」的队员会收到通知。${team.covers ? '' : '注意：这支队不在本社区服务范围。'}`}
      </Text>
      {note ? <Text className='meta'>{`中心留言：${note}`}</Text> : null}
    </Dialog>
  );
}
