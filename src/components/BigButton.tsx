import { Button } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { controlProps } from './a11y';

export type BigButtonKind = 'primary' | 'secondary' | 'danger' | 'plain';

interface Props {
  kind?: BigButtonKind;
  id?: string;
  className?: string;
  disabled?: boolean;
  /** Shows 请稍候… and ignores taps while an action is running. */
  busy?: boolean;
  onClick?: () => void;
}

/**
 * A full-width button at least 48 CSS px tall, with large text: the only button style pages need.
 * WeChat's button is a button to its screen reader already; Taro's H5 Button is a custom element,
 * so there it gets the role, focus, Enter/Space and aria-disabled.
 */
export function BigButton({ kind = 'primary', id, className = '', disabled, busy, onClick, children }: PropsWithChildren<Props>) {
  const off = disabled || busy;
  return (
    <Button
      id={id}
      className={`big-button big-button--${kind} ${off ? 'big-button--off' : ''} ${className}`}
      // Never `disabled={false}`: on H5 that still sets the attribute, and [disabled] styles apply.
      disabled={off ? true : undefined}
      onClick={off ? undefined : onClick}
      {...(process.env.TARO_ENV === 'h5' ? controlProps({ role: 'button', disabled: !!off }) : {})}
    >
      {busy ? '请稍候…' : children}
    </Button>
  );
}
