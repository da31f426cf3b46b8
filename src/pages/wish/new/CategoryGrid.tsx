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

/** A row of big choices, one of which is chosen (`.choice`, `.<prefix>-<key>`, chosen: `.choice--on`). */
export function Choices<K extends string>({
  options,
  value,
  prefix,
  label,
  onChange,
}: {
  options: Record<K, string>;
  value: K;
  prefix: string;
  /** The question, which names the group for a screen reader. */
  label: string;
  onChange: (k: K) => void;
}) {
  const keys = Object.keys(options) as K[];
  return (
    <ChoiceGroup className='choices' label={label}>
      {keys.map((k) => (
        <Choice
          key={k}
          checked={value === k}
          className={`option choice ${prefix}-${k}${value === k ? ' option--on choice--on' : ''}`}
          onChoose={() => onChange(k)}
        >
          <Text>{options[k]}</Text>
        </Choice>
      ))}
    </ChoiceGroup>
  );
}
