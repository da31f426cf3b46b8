// Who signed up, waits, came (the organiser only): masked name and phone, status, check-in/out and
// minutes; 改时间 on anyone who signed up, for the organiser to correct their times.
import { Text, View } from '@tarojs/components';
import { BigButton, Card } from '@/components';
import type { RosterRow } from '@/services/activities';
import { clockOf, minutesText, SIGNUP_LABELS } from '@/services/activityText';
import './organiser.scss';

const CORRECTABLE = ['signed_up', 'checked_in', 'checked_out', 'attended', 'no_show'];

function timesText(r: RosterRow): string {
  const parts = [r.checkInAt ? `签到 ${clockOf(r.checkInAt)}` : '', r.checkOutAt ? `签退 ${clockOf(r.checkOutAt)}` : ''];
  if (r.minutes !== undefined) parts.push(minutesText(r.minutes));
  if (r.status === 'waiting' && r.seq !== undefined) parts.push(`候补号 ${r.seq}`);
  return parts.filter(Boolean).join(' · ');
}

/** `#roster` with `.roster-row` / `#roster-row-<n>` (`data-status`), `.roster-name`, `.roster-status`, `#correct-<n>`; `#roster-empty`. */
export function Roster({ rows, canCorrect, onCorrect }: { rows: RosterRow[]; canCorrect: boolean; onCorrect: (row: RosterRow) => void }) {
  return (
    <Card title={`报名名单（${rows.length}）`} id='roster'>
      {rows.length === 0 ? (
        <Text className='meta' id='roster-empty'>
          还没有人报名。
        </Text>
      ) : null}
      {rows.map((r, i) => (
        <View key={r.signUpId} className='roster-row' id={`roster-row-${i}`} data-status={r.status}>
          <View className='roster-head'>
            <Text className='roster-name'>{`${r.name}  ${r.phone}`}</Text>
            <Text className='roster-status'>{SIGNUP_LABELS[r.status]}</Text>
          </View>
          {timesText(r) ? <Text className='meta roster-times'>{timesText(r)}</Text> : null}
          {canCorrect && CORRECTABLE.includes(r.status) ? (
            <BigButton kind='plain' id={`correct-${i}`} onClick={() => onCorrect(r)}>
              改签到时间
            </BigButton>
          ) : null}
        </View>
      ))}
    </Card>
  );
}
