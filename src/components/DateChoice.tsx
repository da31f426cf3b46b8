// 「哪天？」: a row of big day buttons for the coming week (今天 / 明天 / 12月3日, each with its weekday),
// and the native date picker for a later day. The resident's 希望哪天来 and the volunteer's 约定上门.
import { Picker, Text } from '@tarojs/components';
import { dayChoices, describeDate, shanghaiDate } from '@/services';
import { Choice, ChoiceGroup } from './Choice';
import { Tappable } from './Tappable';

interface Props {
  value: string;
  label: string;
  onChange: (date: string) => void;
  /** The picker's id (default `wish-date`, the resident's form). */
  id?: string;
  /** What counts as today (Shanghai): the caller's clock, so a card given `now` shows the same week. */
  now?: Date;
}

/** `.date-<YYYY-MM-DD>` (the next 7 days), `#<id>` (更多日期: the picker, up to 60 days ahead). */
export function DateChoice({ value, label, onChange, id = 'wish-date', now = new Date() }: Props) {
  const days = dayChoices(now, 7);
  const later = !days.some((d) => d.date === value);
  return (
    <>
      <ChoiceGroup className='date-choices' label={label}>
        {days.map((d) => (
          <Choice
            key={d.date}
            checked={value === d.date}
            label={describeDate(d.date, now)}
            className={`option date-option date-${d.date}${value === d.date ? ' option--on' : ''}`}
            onChoose={() => onChange(d.date)}
          >
            <Text className='date-day'>{d.day}</Text>
            <Text className='date-weekday'>{d.weekday}</Text>
          </Choice>
        ))}
      </ChoiceGroup>
      <Picker
        mode='date'
        value={value}
        start={shanghaiDate(now)}
        end={shanghaiDate(now, 60)}
        onChange={(e) => onChange(String(e.detail.value))}
      >
        {/* No handler of its own: the tap (or Enter) reaches the Picker around it. */}
        {/* Named by its own words: 更晚的日期 (or the later day chosen) and 选日期. */}
        <Tappable className={`picker-box ${later ? 'picker-box--on' : ''}`} id={id}>
          <Text className='picker-value'>{later ? describeDate(value, now) : '更晚的日期'}</Text>
          <Text className='picker-action'>选日期 ›</Text>
        </Tappable>
      </Picker>
    </>
  );
}
