// 转为心愿: the need found on a visit, filed as a wish for the elder in one step (as a 帮办员 would):
// what is needed (prefilled from the note), the kind of help, how urgent, and when. A priced category
// shows what the elder pays, for the volunteer to tell them; the filing carries that amount.
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, Choices, DateChoice, FieldError, FormInput } from '@/components';
import { PriceNotice } from '@/components/wish/PriceNotice';
import { CATEGORIES, SERVICE_MENU, type Category } from '@/domain/menu';
import { ToWishInput } from '@/domain/schemas/visits';
import { shanghaiDate, TIME_WINDOW_LABELS, URGENCY_LABELS } from '@/services';
import { useVisitQuote } from './useVisitQuote';

export interface WishDraft {
  category: Category;
  description: string;
  urgency: 'normal' | 'urgent';
  preferredTime: { date: string; window: 'morning' | 'afternoon' | 'evening' | 'any' };
  /** The amount shown for a priced category (absent while it is on its way, or for a free one). */
  agreedFen?: number;
}

const CATEGORY_OPTIONS = Object.fromEntries(CATEGORIES.map((c) => [c, SERVICE_MENU[c].label])) as Record<Category, string>;

interface Props {
  visitId: string;
  note: string;
  busy: boolean;
  /** Bumped when the filing answered WISH.PRICE_NOT_AGREED: the price is asked again. */
  priceRound: number;
  onSubmit: (d: WishDraft) => void;
}

/** `#to-wish-form`, `.category-<key>`, `#to-wish-price` (`#to-wish-price-text`), `#wish-description`, `.urgency-<key>`, `.window-<key>`, `#to-wish-submit`. */
export function ToWishForm({ visitId, note, busy, priceRound, onSubmit }: Props) {
  const [d, setD] = useState<WishDraft>({
    category: 'errands',
    description: note,
    urgency: 'normal',
    preferredTime: { date: shanghaiDate(new Date(), 1), window: 'any' },
  });
  const [issue, setIssue] = useState<string>();
  const quote = useVisitQuote(visitId, d.category, priceRound);
  const submit = () => {
    const checked = ToWishInput.shape.description.safeParse(d.description.trim());
    setIssue(checked.success ? undefined : (checked.error.issues[0]?.message ?? '请写一写需要办什么'));
    if (checked.success) onSubmit({ ...d, description: checked.data, ...(quote.kind === 'quote' ? { agreedFen: quote.payFen } : {}) });
  };
  return (
    <Card title='转为心愿' id='to-wish-form'>
      <Text className='meta'>替老人提一个心愿，社区会派志愿者来办。您是帮办人，这一单您不能自己接。</Text>
      <Text className='field-label'>要办的事</Text>
      <Choices
        options={CATEGORY_OPTIONS}
        value={d.category}
        prefix='category'
        label='要办的事'
        onChange={(category) => setD({ ...d, category })}
      />
      <PriceNotice quote={quote} id='to-wish-price' payer='老人' ask='请先把这个金额告诉老人，老人同意后再转为心愿。' />
      <Text className='field-label' id='wish-description-label'>
        需要帮什么
      </Text>
      <FormInput
        id='wish-description'
        label='需要帮什么'
        labelId='wish-description-label'
        describedBy={['wish-description-issue']}
        invalid={!!issue}
        required
        multiline
        boxClassName='gap-top'
        value={d.description}
        maxlength={300}
        placeholder='如：客厅的灯不亮了，需要换灯管'
        onInput={(description) => setD({ ...d, description })}
      />
      <FieldError field='description' message={issue} id='wish-description-issue' announce />
      <Text className='field-label'>紧急吗</Text>
      <Choices options={URGENCY_LABELS} value={d.urgency} prefix='urgency' label='紧急吗' onChange={(urgency) => setD({ ...d, urgency })} />
      <Text className='field-label'>希望哪天来</Text>
      <DateChoice
        id='to-wish-date'
        label='希望哪天来'
        value={d.preferredTime.date}
        onChange={(date) => setD({ ...d, preferredTime: { ...d.preferredTime, date } })}
      />
      <Choices
        options={TIME_WINDOW_LABELS}
        value={d.preferredTime.window}
        prefix='window'
        label='什么时候方便'
        onChange={(window) => setD({ ...d, preferredTime: { ...d.preferredTime, window } })}
      />
      <BigButton kind='primary' id='to-wish-submit' busy={busy} onClick={submit}>
        转为心愿
      </BigButton>
    </Card>
  );
}
