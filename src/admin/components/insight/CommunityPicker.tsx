// The dashboard's community picker: 全部 (the street for an admin, every community of a dispatcher) and each
// community the viewer reads; shown only when there is more than one to choose from.
import { View } from '@tarojs/components';
import { Tappable } from '@/components';
import { regionProps } from '@/components/a11y';

interface Props {
  communities: readonly { id: string; name: string }[];
  /** undefined: 全部. */
  picked: string | undefined;
  onPick: (communityId: string | undefined) => void;
}

export function CommunityPicker({ communities, picked, onPick }: Props) {
  if (communities.length < 2) return null;
  const options = [{ id: undefined, name: '全部' }, ...communities];
  return (
    <View className='tabs dashboard-tabs' id='dashboard-communities' {...regionProps({ role: 'tablist', label: '社区' })}>
      {options.map((c) => (
        <Tappable
          key={c.id ?? 'all'}
          role='tab'
          selected={picked === c.id}
          className={`tab${picked === c.id ? ' tab--on' : ''}`}
          id={`dashboard-community-${c.id ?? 'all'}`}
          onClick={() => onPick(c.id)}
        >
          {c.name}
        </Tappable>
      ))}
    </View>
  );
}
