import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { regionProps } from './a11y';
import { Tappable } from './Tappable';

/**
 * Big choices that say which is chosen: one of several (`radio`, aria-checked) or any of many
 * (`multi`: `checkbox`). The group is named after the question (e.g. 需要办什么事？).
 */
export function ChoiceGroup({
  label,
  multi,
  className = '',
  id,
  children,
}: PropsWithChildren<{ label: string; multi?: boolean; className?: string; id?: string }>) {
  return (
    <View className={className} id={id} {...regionProps({ role: multi ? 'group' : 'radiogroup', label })}>
      {children}
    </View>
  );
}

interface ChoiceProps {
  checked: boolean;
  multi?: boolean;
  className?: string;
  id?: string;
  /** When the text shown is not the whole name (a ★ is 4星，满意). */
  label?: string;
  onChoose: () => void;
}

/** One choice of a ChoiceGroup. Other props (`data-*`) go on the View. */
export function Choice({ checked, multi, onChoose, children, ...rest }: PropsWithChildren<ChoiceProps>) {
  return (
    <Tappable {...rest} role={multi ? 'checkbox' : 'radio'} checked={checked} onClick={onChoose}>
      {children}
    </Tappable>
  );
}

/** A row of big choices, one of which is chosen (`.choice`, `.<prefix>-<key>`, chosen: `.choice--on`). */
export function Choices<K extends string>({
  options,
  value,
  prefix,
  label,
  onChange,
}: {
  options: Record<K, string>;
  value: K;
  prefix: string;
  /** The question, which names the group for a screen reader. */
  label: string;
  onChange: (k: K) => void;
}) {
  const keys = Object.keys(options) as K[];
  return (
    <ChoiceGroup className='choices' label={label}>
      {keys.map((k) => (
        <Choice
          key={k}
          checked={value === k}
          className={`option choice ${prefix}-${k}${value === k ? ' option--on choice--on' : ''}`}
          onChoose={() => onChange(k)}
        >
          <Text>{options[k]}</Text>
        </Choice>
      ))}
    </ChoiceGroup>
  );
}
