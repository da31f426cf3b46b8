import { Text, View } from '@tarojs/components';
import type { QuoteState } from './useQuote';

/** `#wish-price`: what this household pays for a priced service (低偿服务), before submitting. */
export function PriceNotice({ quote }: { quote: QuoteState }) {
  if (quote.kind === 'free') return null;
  return (
    <View className='price-notice' id='wish-price' role='status' aria-live='polite'>
      <Text className='price-title'>此项为低偿服务</Text>
      <Text className='price-text' id='wish-price-text'>
        {quote.kind === 'quote' ? quote.text : quote.kind === 'asking' ? '正在计算您需支付的金额…' : '填写门牌号后，这里显示您需支付的金额'}
      </Text>
      {quote.kind === 'quote' ? <Text className='price-note'>其余费用由社区公益基金承担；实际收费不会高于此金额</Text> : null}
    </View>
  );
}
