// A volunteer's star level (星级) said in words (二星志愿者) with the ★ glyphs beside them as decoration,
// and what the next level needs. Derived by the bank on every read from the rules in force.
import { Text, View } from '@tarojs/components';
import { hiddenProps } from '@/components/a11y';
import type { ActionOutput } from '@/domain/schemas';

type Stars = ActionOutput<'bank', 'recognition'>['stars'];
const WORDS = ['未评星', '一星志愿者', '二星志愿者', '三星志愿者', '四星志愿者', '五星志愿者'];

export function StarLevel({ stars }: { stars: Stars }) {
  return (
    <View className='star-level' id='star-level' data-level={stars.level}>
      <Text className='star-glyphs' {...hiddenProps}>
        {'★'.repeat(stars.level) + '☆'.repeat(5 - stars.level)}
      </Text>
      <Text className='body-text star-level-words'>{WORDS[stars.level]}</Text>
      <Text className='meta star-next'>
        {stars.nextHours !== undefined ? `累计服务满 ${stars.nextHours} 小时可升一星` : '已是最高星级'}
        {stars.capped ? `；居民平均评价 ${stars.average} 分，低于 ${stars.ratingFloor} 分，星级降一档` : ''}
      </Text>
    </View>
  );
}
