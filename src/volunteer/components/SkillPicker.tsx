// Skills as big tappable chips (multi-select), one per team specialty.
import { Text, View } from '@tarojs/components';
import { SPECIALTIES, SPECIALTY_LABELS, type Specialty } from '@/domain/menu';
import './form.scss';
import './ui.scss';

export function SkillPicker({ value, onChange }: { value: Specialty[]; onChange: (skills: Specialty[]) => void }) {
  const toggle = (s: Specialty) => onChange(value.includes(s) ? value.filter((v) => v !== s) : [...value, s]);
  return (
    <View className='v-chips skill-picker' id='reg-skills'>
      {SPECIALTIES.map((s) => (
        <Text key={s} className={`v-chip skill-chip${value.includes(s) ? ' v-chip--on' : ''}`} data-skill={s} data-on={value.includes(s)} onClick={() => toggle(s)}>
          {SPECIALTY_LABELS[s]}
        </Text>
      ))}
    </View>
  );
}
