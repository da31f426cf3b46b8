// Where this dispatcher acts: the whole street, or their communities. A community dispatcher sees
// only those wishes, so the page says so; a dispatcher with no scope is told why the queue is empty.
import { Text } from '@tarojs/components';
import { Notice } from '@/components';
import { useWhoami } from '@/hooks/useWhoami';

/** `#queue-scope` (`data-kind` = street | community), or `#queue-no-scope`. */
export function QueueScope() {
  const { state } = useWhoami();
  if (state.status !== 'ready' || state.data.scopes === undefined) return null;
  const own = state.data.scopes.filter((s) => s.role === 'dispatcher');
  if (own.length === 0) {
    return (
      <Notice kind='info' id='queue-no-scope'>
        您还没有派单范围，看不到心愿。请联系街道管理员发送派单员邀请。
      </Notice>
    );
  }
  const street = own.find((s) => s.kind === 'street');
  const text = street ? `全街道${street.name ? `（${street.name}）` : ''}` : own.map((s) => s.name ?? '社区').join('、');
  return (
    <Text className='muted queue-scope' id='queue-scope' data-kind={street ? 'street' : 'community'}>
      {`派单范围：${text}`}
    </Text>
  );
}
