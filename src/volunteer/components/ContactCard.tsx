// The resident's contact: masked until I hold the claim, then the full number and 拨打电话.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { BigButton, Card } from '@/components';
import type { WishView } from '@/domain/wish/view';

export function ContactCard({ order }: { order: WishView }) {
  const full = order.claimedByMe && !order.contact.masked;
  const dial = () => void Taro.makePhoneCall({ phoneNumber: order.contact.phone }).catch(() => undefined);
  return (
    <Card className='contact-card' id='order-contact'>
      <View className='contact-row'>
        <View className='contact-who'>
          <Text className='meta contact-name'>
            {order.contact.name}
            {order.proxy ? '（帮办代提）' : ''}
          </Text>
          <Text className='phone-number contact-phone' id='contact-phone' data-masked={!full}>
            {order.contact.phone}
          </Text>
        </View>
        {full && (
          <BigButton id='call-phone' className='call-button' onClick={dial}>
            拨打电话
          </BigButton>
        )}
      </View>
      {order.noPhone ? (
        <Text className='meta' id='contact-no-phone'>
          老人没有电话，这是帮办人的电话
        </Text>
      ) : null}
      {order.helper ? <Text className='meta' id='contact-helper'>{`帮办人：${order.helper.name} ${order.helper.phone}`}</Text> : null}
      {!full && (
        <Text className='meta' id='contact-hint'>
          {order.hasClaimant ? '已由队员接单，完整电话只有接单人能看到' : '接单后可查看完整电话'}
        </Text>
      )}
    </Card>
  );
}
