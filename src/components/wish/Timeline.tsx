import { Text, View } from '@tarojs/components';

export interface TimelineStep {
  key: string;
  /** Already formatted, e.g. 11月22日 14:05. */
  time: string;
  title: string;
  /** Who acted, e.g. 我 / 派单员 / 志愿者. */
  actor?: string;
  note?: string;
}

/**
 * A vertical timeline, in the order given (pass the newest first); the first step is highlighted.
 * Each step is `.timeline-step` with `.timeline-title`, `.timeline-time`, `.timeline-actor`, `.timeline-note`.
 */
export function Timeline({ steps, id }: { steps: TimelineStep[]; id?: string }) {
  return (
    <View className='timeline' id={id}>
      {steps.map((step, i) => (
        <View key={step.key} className={`timeline-step ${i === 0 ? 'timeline-step--latest' : ''}`}>
          <View className='timeline-rail'>
            <View className='timeline-dot' />
            {i < steps.length - 1 ? <View className='timeline-line' /> : null}
          </View>
          <View className='timeline-body'>
            <Text className='timeline-title'>{step.title}</Text>
            <Text className='timeline-time'>
              {step.time}
              {step.actor ? <Text className='timeline-actor'>{step.actor}</Text> : null}
            </Text>
            {step.note ? <Text className='timeline-note'>{step.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
