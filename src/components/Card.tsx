import { Text, View } from '@tarojs/components';
import type { PropsWithChildren, ReactNode } from 'react';
import { headingProps } from './a11y';

interface CardProps {
  title?: string;
  /** Beside the title, at the right (e.g. a 刷新 button). */
  action?: ReactNode;
  /** `alert`: a red edge for what needs attention first (urgent, overdue). */
  alert?: boolean;
  className?: string;
  id?: string;
}

/** A white rounded block with an optional heading. */
export function Card({ title, action, alert, className = '', id, children }: PropsWithChildren<CardProps>) {
  const heading = title ? (
    <Text className='card-title' {...headingProps(2)}>
      {title}
    </Text>
  ) : null;
  return (
    <View className={`card${alert ? ' card--alert' : ''} ${className}`} id={id}>
      {action ? (
        <View className='card-head'>
          {heading}
          {action}
        </View>
      ) : (
        heading
      )}
      {children}
    </View>
  );
}

/**
 * One `label: value` line inside a card. Given several parts, the value wraps only between them
 * (e.g. a date and a time of day), never inside one.
 */
export function InfoRow({ label, value, className = '' }: { label: string; value: string | string[]; className?: string }) {
  return (
    <View className='info-row'>
      <Text className='info-label'>{label}</Text>
      {Array.isArray(value) ? (
        <View className={`info-value ${className}`}>
          {value.map((part, i) => (
            <Text key={i} className='info-part'>
              {part}
            </Text>
          ))}
        </View>
      ) : (
        <Text className={`info-value ${className}`}>{value}</Text>
      )}
    </View>
  );
}
