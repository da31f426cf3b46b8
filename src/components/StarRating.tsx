import { Text, View } from '@tarojs/components';
import { hiddenProps, regionProps } from './a11y';
import { Choice, ChoiceGroup } from './Choice';

export const STAR_WORDS = ['', '非常不满意', '不满意', '一般', '满意', '非常满意'];

const starClass = (n: number, value: number) => `star star-${n} ${n <= value ? 'star--on' : ''}`;
/** Lit and unlit stars differ in shape, not only in colour. */
const glyph = (n: number, value: number) => (n <= value ? '★' : '☆');

/**
 * Five big stars (`.star-1` … `.star-5`, lit ones ★ also `.star--on`, the others ☆). Read-only without `onChange`.
 * The chosen star's meaning is written under them. To a screen reader the stars are one choice of
 * five (4星，满意), or read-only one picture named by the rating.
 */
export function StarRating({ value, onChange, id }: { value: number; onChange?: (stars: number) => void; id?: string }) {
  const words = value > 0 ? `${value}星 · ${STAR_WORDS[value]}` : '请点星星打分';
  if (!onChange) {
    return (
      <View className='star-rating' id={id} {...regionProps({ role: 'img', label: `评分：${words}` })}>
        <View className='star-row' {...hiddenProps}>
          {[1, 2, 3, 4, 5].map((n) => (
            <Text key={n} className={starClass(n, value)}>
              {glyph(n, value)}
            </Text>
          ))}
        </View>
        <Text className='star-words'>{words}</Text>
      </View>
    );
  }
  return (
    <View className='star-rating' id={id}>
      <ChoiceGroup label='为服务打分' className='star-row'>
        {[1, 2, 3, 4, 5].map((n) => (
          <Choice
            key={n}
            className={`${starClass(n, value)} star--tap`}
            checked={n === value}
            label={`${n}星，${STAR_WORDS[n]}`}
            onChoose={() => onChange(n)}
          >
            {glyph(n, value)}
          </Choice>
        ))}
      </ChoiceGroup>
      <Text className='star-words'>{words}</Text>
    </View>
  );
}
