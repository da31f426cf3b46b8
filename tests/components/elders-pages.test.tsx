// The elders' registry in jsdom: the registry form (ElderForm: the room as the stairwell's code asks it,
// name and birth year required, tags any of six, the consent way and day, blanks left out of the event)
// and the board's rows (BoardTable: overdue said in words, 已上报社区, no phone; a table with its roles).
import { describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';
import { ElderForm, type ElderDraft } from '@/dispatcher/pages/elder/ElderForm';
import { BoardTable, type BoardItem } from '@/dispatcher/pages/elders/BoardTable';

const el = (selector: string) => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const type = (selector: string, value: string) =>
  act(() => void el(selector).dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true })));
const tap = async (selector: string) => act(async () => void fireEvent.click(el(selector)));
const errorOf = (field: string) => document.querySelector(`.field-error[data-field="${field}"]`)?.textContent ?? '';

const BUILDINGS = [
  { buildingId: 'B-0012', name: '翠湖小区 3栋2单元', fixes: 'unit' as const },
  { buildingId: 'B-0101', name: '青云里 1栋', fixes: 'building' as const },
];
const EMPTY: ElderDraft = {
  buildingId: 'B-0012',
  room: '',
  name: '',
  birthYear: '',
  tags: [],
  phone: '',
  guardianName: '',
  guardianPhone: '',
  guardianRelation: '',
  volunteerKey: '',
  consentWay: 'signed',
  consentDate: '2026-03-01',
  consentNote: '',
};

describe('巡访对象 form', () => {
  test('checks before sending; sends the tags, the volunteer and the consent, leaving blanks out', async () => {
    const onSave = jest.fn();
    render(<ElderForm draft={EMPTY} buildings={BUILDINGS} volunteers={{ 'vk-li': '李明' }} busy={false} onSave={onSave} />);
    await tap('#elder-save');
    expect([errorOf('room'), errorOf('name'), errorOf('birthYear')]).toEqual(['请填写门牌号', '请填写姓名', '请填写出生年份']);
    expect(onSave).not.toHaveBeenCalled();
    await type('#elder-room', '2-502');
    await type('#elder-name', '张桂兰');
    await type('#elder-year', '1948');
    await tap('#elder-save');
    expect(errorOf('room')).toBe('楼栋码已经定好了单元，只填房号，如 502');
    await type('#elder-room', '502');
    await type('#elder-guardian-name', '李强');
    await tap('#elder-save');
    expect(errorOf('guardian.phone')).toBe('请填写监护人电话');
    await type('#elder-guardian-phone', '13800000021');
    await tap('.elder-tag-alone');
    await tap('.elder-tag-poor');
    await tap('.elder-tag-alone');
    await tap('.elder-volunteer-vk-li');
    await tap('.consent-way-guardian');
    await tap('#elder-save');
    expect(onSave).toHaveBeenCalledWith({
      buildingId: 'B-0012',
      room: '502',
      name: '张桂兰',
      birthYear: 1948,
      tags: ['poor'],
      guardian: { name: '李强', phone: '13800000021' },
      volunteerKey: 'vk-li',
      consent: { way: 'guardian', date: '2026-03-01' },
    });
    expect(el('.elder-tag-poor').getAttribute('aria-checked')).toBe('true');
  });

  test("the server's field problems show under their fields", () => {
    render(
      <ElderForm
        draft={{ ...EMPTY, name: '王秀英', room: '301', birthYear: '1970' }}
        buildings={BUILDINGS}
        volunteers={{}}
        busy={false}
        issues={{ birthYear: '巡访对象须年满60周岁（今年56岁）' }}
        onSave={() => undefined}
      />,
    );
    expect(errorOf('birthYear')).toBe('巡访对象须年满60周岁（今年56岁）');
  });
});

describe('巡访看板 rows', () => {
  const row = (over: Partial<BoardItem>): BoardItem => ({
    elderId: 'el-1',
    name: '张桂兰',
    age: 85,
    tags: ['alone', 'poor'],
    buildingName: '3栋2单元',
    volunteerKey: 'vk-li',
    volunteerName: '李明',
    due: { state: 'overdue', daysSinceContact: 12, nextDue: '2026-11-26', days: 5, text: '已逾期 5 天' },
    unreachableStreak: 0,
    escalated: false,
    lastOutcome: 'safe',
    ...over,
  });
  const items = [
    row({}),
    row({ elderId: 'el-2', name: '李德福', escalated: true, unreachableStreak: 2, lastOutcome: 'unreachable' }),
    row({
      elderId: 'el-3',
      name: '陈玉珍',
      volunteerKey: undefined,
      volunteerName: undefined,
      lastOutcome: undefined,
      due: { state: 'unplanned', daysSinceContact: null, nextDue: null, days: 0, text: '待排期' },
    }),
  ];

  test('at desk width: a table; overdue in words; the team when no volunteer is named; 查看 opens the elder', async () => {
    const onOpen = jest.fn();
    render(<BoardTable items={items} wide onOpen={onOpen} />);
    const rows = [...document.querySelectorAll('#elders-board .elder-row')].map((r) => r.textContent);
    expect(rows).toEqual([
      '张桂兰85岁独居、困难李明12 天2026-11-26已逾期 5 天 · 上次：平安查看',
      '李德福85岁独居、困难李明12 天2026-11-26已逾期 5 天 · 已上报社区 · 连续 2 次联系不上查看',
      '陈玉珍85岁独居、困难社区队伍从未联系—待排期查看',
    ]);
    expect(el('#elders-board').getAttribute('role')).toBe('table');
    expect(el('#elder-row-el-1').getAttribute('data-state')).toBe('overdue');
    await tap('#elder-row-el-2 .elder-open');
    expect(onOpen).toHaveBeenCalledWith('el-2');
  });

  test('on a phone: cards that say the same', () => {
    render(<BoardTable items={items.slice(0, 1)} wide={false} onOpen={() => undefined} />);
    expect(el('#elder-row-el-1').textContent).toContain('已逾期 5 天 · 上次：平安');
    expect(el('#elder-row-el-1').textContent).toContain('距上次联系：12 天 · 下次应访：2026-11-26');
  });
});
