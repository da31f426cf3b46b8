// Skills as big tappable chips (multi-select), one per team specialty.
import { Choice, ChoiceGroup } from '@/components';
import { SPECIALTIES, SPECIALTY_LABELS, type Specialty } from '@/domain/menu';
import '@/styles/controls.scss';

export function SkillPicker({ value, onChange }: { value: Specialty[]; onChange: (skills: Specialty[]) => void }) {
  const toggle = (s: Specialty) => onChange(value.includes(s) ? value.filter((v) => v !== s) : [...value, s]);
  return (
    <ChoiceGroup multi label='我能提供的服务' className='chips skill-picker' id='reg-skills'>
      {SPECIALTIES.map((s) => (
        <Choice
          key={s}
          multi
          checked={value.includes(s)}
          className={`chip skill-chip${value.includes(s) ? ' chip--on' : ''}`}
          data-skill={s}
          data-on={value.includes(s)}
          onChoose={() => toggle(s)}
        >
          {SPECIALTY_LABELS[s]}
        </Choice>
      ))}
    </ChoiceGroup>
  );
}
