import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { controlProps, type ControlRole } from './a11y';

export interface TappableProps {
  id?: string;
  className?: string;
  /** `button` unless said otherwise; `link` when it opens a page. */
  role?: ControlRole;
  /** The name said aloud when the text inside is not enough (or there is none). */
  label?: string;
  checked?: boolean;
  selected?: boolean;
  disabled?: boolean;
  /** Without one, a tap still reaches an enclosing handler (Taro's Picker around its trigger). */
  onClick?: () => void;
}

/**
 * Every View a person taps (`.tappable`, touch feedback `.pressed`): a role and a name for WeChat's
 * screen reader and for a browser's, the chosen state, and on H5 keyboard focus with Enter/Space.
 * Other props (`data-*`) go on the View.
 */
export function Tappable({
  role = 'button',
  label,
  checked,
  selected,
  disabled,
  className = '',
  onClick,
  children,
  ...rest
}: PropsWithChildren<TappableProps>) {
  return (
    <View
      {...rest}
      className={`tappable ${className}`}
      hoverClass={disabled ? 'none' : 'pressed'}
      onClick={disabled ? undefined : onClick}
      {...controlProps({ role, label, checked, selected, disabled })}
    >
      {children}
    </View>
  );
}
