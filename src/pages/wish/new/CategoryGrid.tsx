import { Text, View } from '@tarojs/components';
import { CATEGORIES, SERVICE_MENU, type Category } from '@/domain/menu';

/** The service menu as big buttons (`.category-option`, `.category-<key>`, chosen: `.category-option--on`). */
export function CategoryGrid({ value, onChange }: { value: Category | ''; onChange: (c: Category) => void }) {
  return (
    <View className='category-grid'>
      {CATEGORIES.map((c) => (
        <View
          key={c}
          hoverClass='pressed'
          className={`option category-option category-${c}${value === c ? ' option--on category-option--on' : ''}`}
          onClick={() => onChange(c)}
        >
          <Text className='category-label'>{SERVICE_MENU[c].label}</Text>
        </View>
      ))}
    </View>
  );
}

/** A row of big choices (`.choice`, `.<prefix>-<key>`, chosen: `.choice--on`). */
export function Choices<K extends string>({
  options,
  value,
  prefix,
  onChange,
}: {
  options: Record<K, string>;
  value: K;
  prefix: string;
  onChange: (k: K) => void;
}) {
  const keys = Object.keys(options) as K[];
  return (
    <View className='choices'>
      {keys.map((k) => (
        <View
          key={k}
          hoverClass='pressed'
          className={`option choice ${prefix}-${k}${value === k ? ' option--on choice--on' : ''}`}
          onClick={() => onChange(k)}
        >
          <Text>{options[k]}</Text>
        </View>
      ))}
    </View>
  );
}
