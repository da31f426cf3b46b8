// One visit order as the volunteer reads it: what (电话问候 / 上门巡访) and for whom, when it is due in
// words (已超期 in words, not only a colour), the elder's tags, place and contact, and 记录.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { BigButton, Card } from '@/components';
import { ELDER_TAG_LABELS } from '@/domain/visit/elder';
import { VISIT_KIND_LABELS } from '@/domain/visit/order';
import { dueInWords } from '@/domain/visit/view';
import { shanghaiDate } from '@/services';
import type { VisitItem } from '@/services/visits';

interface Props {
  visit: VisitItem;
  onRecord?: () => void;
}

/** `#visit-<id>` (`data-overdue`), `.visit-due`, `.visit-elder`, `.visit-contact`, `#record-<id>`. */
export function VisitCard({ visit: v, onRecord }: Props) {
  const tags = v.elder.tags.map((t) => ELDER_TAG_LABELS[t]).join('、');
  const phone = v.elder.phone ?? v.elder.guardian?.phone;
  const domId = v.id.replace(/:/g, '_');
  return (
    <Card title={`${VISIT_KIND_LABELS[v.kind]} · ${v.elder.name}`} className='visit' id={`visit-${domId}`}>
      <View data-overdue={v.overdue ? 'yes' : 'no'}>
        <Text className={`visit-due${v.overdue ? ' visit-due--late' : ''}`}>
          {`${dueInWords(v.dueDate, shanghaiDate(new Date()))}（${v.dueDate}）${v.mine ? ' · 定点到人' : ' · 队伍巡访'}`}
        </Text>
      </View>
      <Text className='meta visit-elder'>{`${v.elder.age}岁${tags ? ` · ${tags}` : ''}`}</Text>
      <Text className='meta'>{`${v.elder.place}${v.elder.room ? ` ${v.elder.room}` : ''}`}</Text>
      {phone ? (
        <Text className='meta visit-contact'>
          {v.elder.phone
            ? `电话：${v.elder.phone}`
            : `监护人${v.elder.guardian?.relation ? `（${v.elder.guardian.relation}）` : ''}：${v.elder.guardian?.name} ${phone}`}
        </Text>
      ) : (
        <Text className='meta visit-contact'>老人没有电话，请上门看望</Text>
      )}
      {phone ? (
        <BigButton kind='plain' id={`call-${domId}`} onClick={() => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)}>
          拨打电话
        </BigButton>
      ) : null}
      {onRecord ? (
        <BigButton kind='primary' id={`record-${domId}`} onClick={onRecord}>
          记录巡访结果
        </BigButton>
      ) : null}
    </Card>
  );
}
