import { Text } from '@tarojs/components';
import { Choice, ChoiceGroup } from '@/components';
import { CATEGORIES, SERVICE_MENU, type Category } from '@/domain/menu';

/** The service menu as big choices (`.category-option`, `.category-<key>`, chosen: `.category-option--on`). */
export function CategoryGrid({ value, label, onChange }: { value: Category | ''; label: string; onChange: (c: Category) => void }) {
  return (
    <ChoiceGroup className='category-grid' label={label}>
      {CATEGORIES.map((c) => (
        <Choice
          key={c}
          checked={value === c}
          className={`option category-option category-${c}${value === c ? ' option--on category-option--on' : ''}`}
          onChoose={() => onChange(c)}
        >
          <Text className='category-label'>{SERVICE_MENU[c].label}</Text>
        </Choice>
      ))}
    </ChoiceGroup>
  );
}
