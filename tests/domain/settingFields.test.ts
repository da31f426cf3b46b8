// The admin's settings form read from each schema (src/domain/settingFields.ts), for every key of
// SETTINGS: the fields it finds, their Chinese words, the defaults round-tripping through the form's
// text, the schema's problems keyed where the form shows them, and a change list in the form's words.
import { describe, expect, test } from '@jest/globals';
import { CATEGORIES } from '../../src/domain/menu';
import { changesOf, draftOf, fieldsOf, problemsOf, valueOf } from '../../src/domain/settingFields';
import { SETTINGS, SETTING_KEYS, type SettingKey } from '../../src/domain/settings';
import { EDITED_ELSEWHERE } from '../../src/admin/components/bank/elsewhere';

const CHINESE = /[\u4e00-\u9fff]/;
const LATIN = /[A-Za-z]/;

/** What each key's form holds: its number of fields, and some of their labels. */
const EXPECTED: Record<SettingKey, { count: number; labels: string[] } | 'elsewhere'> = {
  redemption: { count: 3, labels: ['预约保留（小时）', '每月兑换日 · 从每月几号', '每月兑换日 · 到每月几号'] },
  stars: {
    count: 7,
    labels: ['各星级所需服务时长（小时，第1档为一星） · 第1档', '各星级所需服务时长（小时，第1档为一星） · 第5档', '评价下限（平均星数）'],
  },
  reviews: { count: 5, labels: ['每个社区上榜人数', '集中兑换积分线 · 季度（积分）', '党员每年服务时长（小时）'] },
  offices: { count: 25, labels: ['开户数（注册志愿者） · 第1档', '服务时长（小时） · 第3档', '爱心商户（家） · 第5档'] },
  prices: 'elsewhere',
  visits: 'elsewhere',
  points: { count: CATEGORIES.length * 4, labels: ['家电维修 · 基础分', '家电维修 · 每满（分钟）'] },
  sla: { count: CATEGORIES.length * 2, labels: ['家电维修 · 时限（小时）', '代买急药 · 全天计时（夜间、周末和节假日也算）'] },
  calendar: {
    count: 5,
    labels: ['每天上班时间（如 08:30）', '放假日期（每行一个，如 2026-10-01）', '调休上班日期（周末上班的日子，每行一个）'],
  },
  escalation: {
    count: 4,
    labels: ['到中心几小时未派单就提醒（小时）', '接单后几小时未开始就收回（小时）', '几天没有服务算闲置（天，周报）'],
  },
};

describe('settingFields: every key of SETTINGS', () => {
  test('the table covers every key', () => expect(Object.keys(EXPECTED).sort()).toEqual([...SETTING_KEYS].sort()));

  test.each(SETTING_KEYS)('%s: a form of fields in Chinese, or a page of its own', (key) => {
    const fields = fieldsOf(SETTINGS[key].schema, key);
    const expected = EXPECTED[key];
    if (expected === 'elsewhere') {
      expect(fields).toBeUndefined();
      expect(EDITED_ELSEWHERE[key]?.go).toMatch(CHINESE);
      return;
    }
    expect(EDITED_ELSEWHERE[key]).toBeUndefined();
    expect(fields).toHaveLength(expected.count);
    const labels = fields!.map((f) => f.label);
    expect(labels).toEqual(expect.arrayContaining(expected.labels));
    for (const label of labels) {
      expect(label).toMatch(CHINESE);
      expect(label).not.toMatch(LATIN);
    }
    expect(new Set(labels).size).toBe(labels.length);
  });

  test.each(SETTING_KEYS.filter((k) => EXPECTED[k] !== 'elsewhere'))('%s: the defaults round-trip: draftOf → valueOf, and parse', (key) => {
    const { schema, defaults } = SETTINGS[key];
    const fields = fieldsOf(schema, key)!;
    const draft = draftOf(fields, defaults);
    expect(Object.values(draft).every((t) => t !== '')).toBe(true);
    const value = valueOf(fields, draft);
    expect(value).toEqual(defaults);
    expect(schema.safeParse(value).success).toBe(true);
    expect(problemsOf(schema, value)).toEqual({});
    expect(changesOf(fields, defaults, value)).toEqual([]);
  });
});

describe('settingFields: five thresholds', () => {
  const fields = fieldsOf(SETTINGS.stars.schema, 'stars')!;
  const withHours = (hours: string[]) => ({
    ...draftOf(fields, SETTINGS.stars.defaults),
    ...Object.fromEntries(hours.map((h, i) => [`hours.${i}`, h])),
  });

  test('one field per place, the places read back as a list of numbers', () => {
    expect(fields.slice(0, 5).map((f) => f.path)).toEqual([0, 1, 2, 3, 4].map((i) => ['hours', i]));
    expect(valueOf(fields, withHours(['50', '200', '600', '1000', '1500'])).hours).toEqual([50, 200, 600, 1000, 1500]);
  });

  test.each([
    { hours: ['100', '300', '300', '1000', '1500'], problems: { hours: '门槛必须逐档递增' } },
    { hours: ['100', '300', '200', '1000', '1500'], problems: { hours: '门槛必须逐档递增' } },
    { hours: ['0', '300', '600', '1000', '1500'], problems: { 'hours.0': '不能小于 1' } },
    { hours: ['100', '', '600', '1000', '1500'], problems: { 'hours.1': '请填写数字' } },
    { hours: ['100', '3x0', '600', '1000', '1500'], problems: { 'hours.1': '请填写数字' } },
  ])('$hours → $problems', ({ hours, problems }) => {
    expect(problemsOf(SETTINGS.stars.schema, valueOf(fields, withHours(hours)))).toMatchObject(problems);
  });

  test('a whole number or one with a fraction: the keypad the field needs', () => {
    expect(Object.fromEntries(fields.map((f) => [f.path.join('.'), f.kind]))).toMatchObject({
      'hours.0': 'number',
      ratingFloor: 'decimal',
      minRatings: 'number',
    });
    const draft = { ...withHours(['100', '300', '600', '1000', '1500']), ratingFloor: '4.5', minRatings: '2.5' };
    const value = valueOf(fields, draft);
    expect(value.ratingFloor).toBe(4.5);
    expect(problemsOf(SETTINGS.stars.schema, value)).toEqual({ minRatings: '请填写整数' });
  });

  test('a change lists each place that moved, in the form’s words', () => {
    const after = valueOf(fields, withHours(['50', '300', '600', '1000', '1500']));
    expect(changesOf(fields, SETTINGS.stars.defaults, after)).toEqual([
      { label: '各星级所需服务时长（小时，第1档为一星） · 第1档', from: '100', to: '50' },
    ]);
  });

  test('a value the form cannot hold is refused: a list without a fixed length, a list of records', () => {
    expect(fieldsOf(SETTINGS.prices.schema, 'prices')).toBeUndefined();
  });
});

describe('settingFields: the schema’s own Chinese messages', () => {
  test('a refinement on the whole value is keyed by its path; zod’s English is put in words', () => {
    const fields = fieldsOf(SETTINGS.redemption.schema, 'redemption')!;
    const draft = { ...draftOf(fields, SETTINGS.redemption.defaults), holdHours: '0', 'window.toDay': '32' };
    expect(problemsOf(SETTINGS.redemption.schema, valueOf(fields, draft))).toEqual({
      holdHours: '不能小于 1',
      'window.toDay': '不能大于 31',
    });
  });
});

describe('settingFields: a list of days (工作日历)', () => {
  const fields = fieldsOf(SETTINGS.calendar.schema, 'calendar')!;
  const draft = draftOf(fields, SETTINGS.calendar.defaults);

  test('one field, one day a line; any separator reads back as the days', () => {
    expect(fields.find((f) => f.path[0] === 'holidays')?.kind).toBe('list');
    expect(draft.holidays!.split('\n')[0]).toBe('2026-01-01');
    const value = valueOf(fields, { ...draft, holidays: '2026-10-01\n\n 2026-10-02，2026-10-03、2026-10-04 ' });
    expect(value.holidays).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04']);
    expect(valueOf(fields, { ...draft, workdays: '' }).workdays).toEqual([]);
  });

  test.each([
    { edit: { holidays: '2026-10-01\n10月2日' }, problems: { 'holidays.1': '日期请按 2026-10-01 的格式填写，每行一个' } },
    { edit: { holidays: '2026-10-01\n2026-10-01' }, problems: { holidays: '同一天写了两次' } },
    { edit: { dayStart: '8:30' }, problems: { dayStart: '请按 08:30 的格式填写时间' } },
    { edit: { dayStart: '18:00' }, problems: { dayEnd: '下班时间要晚于上班时间' } },
    { edit: { serviceDay: '8' }, problems: { serviceDay: '不能大于 7' } },
  ] as { edit: Record<string, string>; problems: Record<string, string> }[])('$edit → $problems', ({ edit, problems }) => {
    expect(problemsOf(SETTINGS.calendar.schema, valueOf(fields, { ...draft, ...edit }))).toEqual(problems);
  });

  test('a change lists the days before and after', () => {
    const after = valueOf(fields, { ...draft, workdays: '2026-10-10' });
    expect(changesOf(fields, SETTINGS.calendar.defaults, after)).toEqual([
      { label: '调休上班日期（周末上班的日子，每行一个）', from: SETTINGS.calendar.defaults.workdays.join('、'), to: '2026-10-10' },
    ]);
  });
});
