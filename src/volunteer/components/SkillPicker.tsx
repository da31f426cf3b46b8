// Skills as big tappable chips (multi-select), one per specialty, named by the menu's services (家电维修…).
import { Choice, ChoiceGroup } from '@/components';
import { SPECIALTIES, type Specialty } from '@/domain/menu';
import { skillLabel } from './constants';
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
          {skillLabel(s)}
        </Choice>
      ))}
    </ChoiceGroup>
  );
}
