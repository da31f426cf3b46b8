// The period a review reads: ‹ previous · the period's name · next ›, stepping by a month, a quarter
// or a year. The period is kept as its month `YYYY-MM` (bank.reviews `at`).
import { Text, View } from '@tarojs/components';
import { Tappable } from '@/components';

export type StepPeriod = 'month' | 'quarter' | 'year';
const STEP: Record<StepPeriod, number> = { month: 1, quarter: 3, year: 12 };
const WORD: Record<StepPeriod, string> = { month: '月', quarter: '季度', year: '年' };

/** `YYYY-MM` moved by `months`. */
export function addMonths(at: string, months: number): string {
  const n = Number(at.slice(0, 4)) * 12 + Number(at.slice(5, 7)) - 1 + months;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

export function PeriodStepper({
  period,
  at,
  label,
  onChange,
}: {
  period: StepPeriod;
  at: string;
  label: string;
  onChange: (at: string) => void;
}) {
  const step = STEP[period];
  return (
    <View className='period-stepper'>
      <Tappable
        role='button'
        className='period-step'
        id='period-prev'
        label={`上一${WORD[period]}`}
        onClick={() => onChange(addMonths(at, -step))}
      >
        ‹ 上一{WORD[period]}
      </Tappable>
      <Text className='body-text period-label' id='period-label'>
        {label}
      </Text>
      <Tappable
        role='button'
        className='period-step'
        id='period-next'
        label={`下一${WORD[period]}`}
        onClick={() => onChange(addMonths(at, step))}
      >
        下一{WORD[period]} ›
      </Tappable>
    </View>
  );
}
