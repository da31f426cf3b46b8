import { Text } from '@tarojs/components';
import { STATUS_LABELS, type Status } from '@/domain/wish/states';

/** Colour families: waiting for someone (wait), being served (busy), needs the resident (act), finished (ok), stopped (off). */
const TONE: Record<Status, 'wait' | 'busy' | 'act' | 'ok' | 'off'> = {
  submitted: 'wait',
  dispatched: 'wait',
  returned: 'wait',
  reopened: 'wait',
  claimed: 'busy',
  in_service: 'busy',
  completed: 'act',
  rated: 'ok',
  closed: 'ok',
  rejected: 'off',
  cancelled: 'off',
};

/** The status in words (STATUS_LABELS) on a coloured tag; `data-status` carries the code. */
export function StatusTag({ status, className = '', id }: { status: Status; className?: string; id?: string }) {
  return (
    <Text className={`status-tag status-tag--${TONE[status]} ${className}`} id={id} data-status={status}>
      {STATUS_LABELS[status]}
    </Text>
  );
}
