// Which community the volunteer serves in: a native picker over COMMUNITIES.
import { Picker, Text } from '@tarojs/components';
import { Tappable } from '@/components';
import { COMMUNITIES } from './constants';

export function CommunityPicker({ value, onChange }: { value: string; onChange: (communityId: string) => void }) {
  const index = COMMUNITIES.findIndex((c) => c.id === value);
  return (
    <Picker
      mode='selector'
      range={COMMUNITIES.map((c) => c.name)}
      value={Math.max(index, 0)}
      onChange={(e) => onChange(COMMUNITIES[Number(e.detail.value)]?.id ?? '')}
    >
      {/* No handler of its own: the tap (or Enter) reaches the Picker around it. */}
      <Tappable className='input-box community-picker' id='reg-community' data-value={value}>
        <Text className={`input-field${index >= 0 ? '' : ' placeholder'}`}>
          {index >= 0 ? `${COMMUNITIES[index].name} ▾` : '请选择所在社区 ▾'}
        </Text>
      </Tappable>
    </Picker>
  );
}
