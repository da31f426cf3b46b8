import { Text, View } from '@tarojs/components';

export const STAR_WORDS = ['', '非常不满意', '不满意', '一般', '满意', '非常满意'];

/**
 * Five big stars (`.star-1` … `.star-5`, lit ones also `.star--on`). Read-only without `onChange`.
 * The chosen star's meaning is written under them.
 */
export function StarRating({ value, onChange, id }: { value: number; onChange?: (stars: number) => void; id?: string }) {
  return (
    <View className='star-rating' id={id}>
      <View className='star-row'>
        {[1, 2, 3, 4, 5].map((n) => (
          <Text
            key={n}
            className={`star star-${n} ${n <= value ? 'star--on' : ''} ${onChange ? 'star--tap' : ''}`}
            onClick={onChange ? () => onChange(n) : undefined}
          >
            ★
          </Text>
        ))}
      </View>
      <Text className='star-words'>{value > 0 ? `${value}星 · ${STAR_WORDS[value]}` : '请点星星打分'}</Text>
    </View>
  );
}
