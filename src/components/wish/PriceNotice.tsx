// Repairs at cost (低偿服务): what the household pays, shown before the wish is filed — on the wish form
// (to the resident: 您) and on a visit's 转为心愿 (to the volunteer, who tells the elder: 老人).
import { Text, View } from '@tarojs/components';

/** free: no price (服务免费); room: priced, the room is needed to say how much; asking: the quote is on its way; quote: the sentence to show. */
export type QuoteState = { kind: 'free' } | { kind: 'room' } | { kind: 'asking' } | { kind: 'quote'; text: string; payFen: number };

interface Props {
  quote: QuoteState;
  /** `#<id>` and `#<id>-text`. */
  id?: string;
  /** Who pays, as the sentence names them. */
  payer?: '您' | '老人';
  /** A last line: what to do with the amount (the volunteer tells the elder first). */
  ask?: string;
}

/** `#wish-price` (or `#<id>`): 此项为低偿服务, the amount (`#wish-price-text`), and that no more is charged. */
export function PriceNotice({ quote, id = 'wish-price', payer = '您', ask }: Props) {
  if (quote.kind === 'free') return null;
  const text =
    quote.kind === 'quote'
      ? quote.text
      : quote.kind === 'asking'
        ? `正在计算${payer}需支付的金额…`
        : `填写门牌号后，这里显示${payer}需支付的金额`;
  return (
    <View className='price-notice' id={id} role='status' aria-live='polite'>
      <Text className='price-title'>此项为低偿服务</Text>
      <Text className='price-text' id={`${id}-text`}>
        {text}
      </Text>
      {quote.kind === 'quote' ? <Text className='price-note'>其余费用由社区公益基金承担；实际收费不会高于此金额</Text> : null}
      {quote.kind === 'quote' && ask ? <Text className='price-note'>{ask}</Text> : null}
    </View>
  );
}
