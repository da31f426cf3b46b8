// The kit's roles, names and states as Taro's H5 components render them (jsdom): Tappable and Choice
// are focusable controls that Enter and Space press, FormInput puts the name, the description and
// a phone keypad on the real <input>, an error Notice is an alert. The layout-dependent parts (focus
// moved to the first wrong field, the dialog holding focus) are measured in Chromium: tests/e2e/a11y.test.ts.
import { describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';
import { Choice, ChoiceGroup, FormInput, Notice, Tappable } from '@/components';

const el = (selector: string) => {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
/** Stencil renders the inner <input> of Taro's Input after a tick. */
const settle = () => act(async () => new Promise((r) => setTimeout(r, 20)));

describe('the a11y kit on H5', () => {
  test('a Tappable is a named, focusable button that Enter and Space press, and not when disabled', () => {
    const onClick = jest.fn();
    const { rerender } = render(
      <Tappable id='t' label='刷新办理进度' onClick={onClick}>
        刷新
      </Tappable>,
    );
    const t = el('#t');
    expect([t.getAttribute('role'), t.getAttribute('aria-label'), t.tabIndex]).toEqual(['button', '刷新办理进度', 0]);
    fireEvent.keyDown(t, { key: 'Enter' });
    fireEvent.keyDown(t, { key: ' ' });
    fireEvent.keyDown(t, { key: 'a' });
    expect(onClick).toHaveBeenCalledTimes(2);
    rerender(
      <Tappable id='t' label='刷新办理进度' disabled onClick={onClick}>
        刷新
      </Tappable>,
    );
    expect(el('#t').getAttribute('aria-disabled')).toBe('true');
    fireEvent.keyDown(el('#t'), { key: 'Enter' });
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  test('choices are radios in a named group that say which one is chosen', () => {
    const Two = ({ value }: { value: string }) => (
      <ChoiceGroup label='急不急？' id='g'>
        {['normal', 'urgent'].map((k) => (
          <Choice key={k} className={`c-${k}`} checked={value === k} onChoose={() => undefined}>
            {k}
          </Choice>
        ))}
      </ChoiceGroup>
    );
    const { rerender } = render(<Two value='normal' />);
    expect([el('#g').getAttribute('role'), el('#g').getAttribute('aria-label')]).toEqual(['radiogroup', '急不急？']);
    expect([el('.c-normal').getAttribute('role'), el('.c-normal').getAttribute('aria-checked')]).toEqual(['radio', 'true']);
    expect(el('.c-urgent').getAttribute('aria-checked')).toBe('false');
    rerender(<Two value='urgent' />);
    expect([el('.c-normal').getAttribute('aria-checked'), el('.c-urgent').getAttribute('aria-checked')]).toEqual(['false', 'true']);
  });

  test('a phone FormInput is a tel field with a numeric keypad, named by its label and described by its hint', async () => {
    render(
      <FormInput
        id='p'
        label='您的手机号'
        labelId='p-label'
        describedBy={['p-hint', 'p-error']}
        invalid
        required
        kind='phone'
        value=''
        maxlength={11}
        placeholder='11位手机号'
        onInput={() => undefined}
      />,
    );
    await settle();
    const input = el('#p input');
    expect({
      type: input.getAttribute('type'),
      inputmode: input.getAttribute('inputmode'),
      labelledby: input.getAttribute('aria-labelledby'),
      describedby: input.getAttribute('aria-describedby'),
      invalid: input.getAttribute('aria-invalid'),
      required: input.getAttribute('aria-required'),
    }).toEqual({
      type: 'tel',
      inputmode: 'numeric',
      labelledby: 'p-label',
      describedby: 'p-hint p-error',
      invalid: 'true',
      required: 'true',
    });
  });

  test('an error notice is an alert, a success notice a polite status', () => {
    render(
      <>
        <Notice kind='error' id='e'>
          还有几项需要修改
        </Notice>
        <Notice kind='success' id='s'>
          已提交
        </Notice>
      </>,
    );
    expect(el('#e').getAttribute('role')).toBe('alert');
    expect([el('#s').getAttribute('role'), el('#s').getAttribute('aria-live')]).toEqual(['status', 'polite']);
  });
});
