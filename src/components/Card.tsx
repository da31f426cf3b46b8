import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';

/** A white rounded block with an optional heading. */
export function Card({ title, className = '', id, children }: PropsWithChildren<{ title?: string; className?: string; id?: string }>) {
  return (
    <View className={`card ${className}`} id={id}>
      {title ? <Text className='card-title'>{title}</Text> : null}
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
