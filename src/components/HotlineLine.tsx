// A phone number to call, tappable (Taro.makePhoneCall): under a 「请联系社区」 message, or wherever a page
// tells the resident to phone the community or the street office.
import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Tappable } from './Tappable';

interface Props {
  number: string;
  /** What the number is, e.g. 社区电话 (the words before it). */
  lead: string;
  id?: string;
  className?: string;
}

/** `.hotline-line` (`data-number`): 「社区电话：0871-63120012  点击拨打」. */
export function HotlineLine({ number, lead, id, className = '' }: Props) {
  const dial = () => void Taro.makePhoneCall({ phoneNumber: number }).catch(() => undefined);
  return (
    // Named by its own words (社区电话：0871-… 点击拨打), so what is seen is what is said.
    <Tappable className={`hotline-line ${className}`} id={id} data-number={number} onClick={dial}>
      <Text className='hotline-text'>{`${lead}：`}</Text>
      <Text className='hotline-number'>{number}</Text>
      <Text className='hotline-action'>点击拨打</Text>
    </Tappable>
  );
}
