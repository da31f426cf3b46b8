// Repairs at cost, the staff's forms in jsdom: 困难户登记 (HouseholdForm: the room checked against the
// stairwell's code, a note required, the tier chosen) and 收费标准 (PriceEditor: yuan typed, fen saved,
// a material cost above market refused with why).
import { describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';
import { PriceEditor } from '@/admin/components/PriceEditor';
import { HouseholdForm } from '@/dispatcher/pages/households/HouseholdForm';

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

describe('困难户登记', () => {
  test("the room as the stairwell's code asks it, and a note; then the tier chosen is sent", async () => {
    const onSave = jest.fn();
    render(<HouseholdForm buildings={BUILDINGS} busy={false} onSave={onSave} />);
    await tap('#household-save');
    expect(errorOf('room')).toBe('请填写门牌号');
    expect(errorOf('note')).toBe('请填写这一项');
    await type('#household-room', '2-301');
    await type('#household-note', '低保证已核验');
    await tap('#household-save');
    expect(errorOf('room')).toBe('楼栋码已经定好了单元，只填房号，如 502');
    expect(onSave).not.toHaveBeenCalled();
    await type('#household-room', '301');
    await tap('.tier-tekun');
    await tap('#household-save');
    expect(onSave).toHaveBeenCalledWith({ buildingId: 'B-0012', room: '301', tier: 'tekun', note: '低保证已核验' });
    // Another stairwell asks unit and room.
    await tap('.stairwell-B-0101');
    await tap('#household-save');
    expect(errorOf('room')).toBe('请按「单元-房号」填写，如 2-502');
  });
});

describe('收费标准', () => {
  test('yuan in, fen out; a material cost above market is refused; free categories are left out', async () => {
    const onSave = jest.fn();
    render(
      <PriceEditor
        value={{ items: [{ category: 'repairs', marketFen: 10_000, materialFen: 1_200, ordinaryPercent: 90 }] }}
        version={1}
        busy={false}
        onSave={onSave}
      />,
    );
    expect(el('#price-repairs-market')).toBeTruthy(); // priced: its fields start from 100.00 / 12.00 / 90
    expect(document.querySelector('#price-cleaning-market')).toBeNull();
    await tap('.price-on-cleaning');
    await type('#price-cleaning-market', '60');
    await type('#price-cleaning-material', '80');
    await type('#price-reason', '新增保洁低偿');
    await tap('#price-save');
    expect(errorOf('cleaning-material')).toBe('材料费不能高于市场价');
    expect(onSave).not.toHaveBeenCalled();
    await type('#price-cleaning-material', '12.5');
    await tap('#price-save');
    expect(onSave).toHaveBeenCalledWith({
      value: {
        items: [
          { category: 'repairs', marketFen: 10_000, materialFen: 1_200, ordinaryPercent: 90 },
          { category: 'cleaning', marketFen: 6_000, materialFen: 1_250, ordinaryPercent: 90 },
        ],
      },
      reason: '新增保洁低偿',
    });
  });
});
