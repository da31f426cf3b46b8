// Skills as big tappable chips (multi-select), one per team specialty.
import { Text, View } from '@tarojs/components';
import { SPECIALTIES, SPECIALTY_LABELS, type Specialty } from '@/domain/menu';
import '@/styles/controls.scss';

export function SkillPicker({ value, onChange }: { value: Specialty[]; onChange: (skills: Specialty[]) => void }) {
  const toggle = (s: Specialty) => onChange(value.includes(s) ? value.filter((v) => v !== s) : [...value, s]);
  return (
    <View className='chips skill-picker' id='reg-skills'>
      {SPECIALTIES.map((s) => (
        <Text
          key={s}
          className={`chip skill-chip${value.includes(s) ? ' chip--on' : ''}`}
          data-skill={s}
          data-on={value.includes(s)}
          onClick={() => toggle(s)}
        >
          {SPECIALTY_LABELS[s]}
        </Text>
      ))}
    </View>
  );
}
