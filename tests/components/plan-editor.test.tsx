// 巡访计划 (the admin's PlanEditor) in jsdom: the default rules as fields; a bad number refused before
// anything is sent, in Chinese, where it was typed; a rule added and one removed; the value sent parses.
import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';
import { PlanEditor, type PlanChange } from '@/admin/components/PlanEditor';
import { VisitSettings, VISITS_DEFAULTS } from '@/domain/visit/plan';

const el = (selector: string) => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const tap = (selector: string) => act(() => void fireEvent.click(el(selector)));
const type = (selector: string, value: string) =>
  act(() => void el(selector).dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true })));

describe('PlanEditor', () => {
  test('edit, refuse, add, remove, save', () => {
    const sent: PlanChange[] = [];
    render(<PlanEditor value={VISITS_DEFAULTS} version={0} busy={false} onSave={(c) => sent.push(c)} />);
    assert.equal(document.querySelectorAll('.plan-rule').length, 3);
    assert.equal(el('#plan-2-label').getAttribute('value'), '80岁以上或独居');
    assert.equal(el('.plan-2-tag-alone').getAttribute('aria-checked'), 'true');

    type('#plan-1-callEveryDays', '0');
    tap('#plan-save');
    assert.equal(sent.length, 0);
    assert.match(el('#plan-1-callEveryDays-error').textContent ?? '', /不能小于 1/);
    assert.match(el('#plan-reason-error').textContent ?? '', /请写明调整原因/);

    type('#plan-1-callEveryDays', '10');
    tap('#plan-add');
    type('#plan-3-label', '困难老人');
    tap('.plan-3-tag-poor');
    type('#plan-3-callEveryDays', '7');
    type('#plan-3-homeEveryDays', '30');
    tap('#plan-0-remove');
    type('#plan-horizon', '21');
    type('#plan-reason', '困难老人每周电话');
    tap('#plan-save');
    assert.equal(sent.length, 1);
    const v = sent[0]!.value;
    assert.ok(VisitSettings.safeParse(v).success);
    assert.deepEqual(
      v.rules.map((r) => [r.label, r.callEveryDays, r.homeEveryDays, r.tags ?? []]),
      [
        ['70–79岁', 10, 30, []],
        ['80岁以上或独居', 7, 14, ['alone']],
        ['困难老人', 7, 30, ['poor']],
      ],
    );
    assert.deepEqual([v.horizonDays, v.graceDays, sent[0]!.reason], [21, 2, '困难老人每周电话']);
  });
});
