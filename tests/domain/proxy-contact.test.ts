// Who is reached how (wish.submit): a resident gives their own mobile; a 帮办员 gives the elder's mobile,
// a landline, or 「没有电话」, plus their own contact and the elder's consent. And the room, asked per
// building code. Each refusal says exactly what is wrong.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { ROOM_ASK, roomProblem, type CodeFixes } from '../../src/domain/schemas/common';
import { SubmitInput, WishForm } from '../../src/domain/schemas/wish';
import { decideWish, type HistoryEntry, type Relation } from '../../src/domain/wish/machine';
import { viewOf } from '../../src/domain/wish/view';
import { newWish } from '../../src/domain/wish/wish';
import { aWish, NOW } from './wish-fixture';
import { VALID_INPUTS } from './schema-examples';

const base = VALID_INPUTS['wish.submit'];
const HELPER = { name: '周丽', phone: '13700000001' };
const proxy = (over: Record<string, unknown>) => ({ ...base, proxy: true, helper: HELPER, noPhone: false, proxyConsent: true, ...over });
const own = (over: Record<string, unknown>) => ({ ...base, ...over });
const withPhone = (phone: string) => ({ contact: { name: '王奶奶', phone } });

/** The first message on `path`, or undefined when the input is accepted. */
function problem(input: unknown, path = 'contact.phone'): string | undefined {
  const r = SubmitInput.safeParse(input);
  if (r.success) return undefined;
  return (
    r.error.issues.find((i) => i.path.join('.') === path)?.message ?? `(other: ${r.error.issues.map((i) => i.path.join('.')).join(', ')})`
  );
}

const cases: Array<[string, unknown, string | undefined, string?]> = [
  // a resident filing for themselves: a mobile only
  ['own mobile', own(withPhone('13812345678')), undefined],
  ['own landline', own(withPhone('0871-63120012')), '这是座机号码，请填写11位手机号'],
  ['own local number', own(withPhone('63120012')), '这是座机号码，请填写11位手机号'],
  ['own empty', own(withPhone('')), '请填写手机号'],
  ['own 11 digits, not a mobile', own(withPhone('12812345678')), '这不是有效的手机号码，请检查'],
  ['own with a helper', own({ helper: HELPER }), '帮办人和老人同意只在帮别人提时填写', 'proxy'],
  ['own with 没有电话', own({ noPhone: true }), '帮办人和老人同意只在帮别人提时填写', 'proxy'],
  // a helper filing for an elder
  ['elder mobile', proxy(withPhone('13812345678')), undefined],
  ['elder landline with area code', proxy(withPhone('0871-63120012')), undefined],
  ['elder landline, area code without dash', proxy(withPhone('087163120012')), undefined],
  ['elder 8-digit local number', proxy(withPhone('63120012')), undefined],
  ['elder 7-digit local number', proxy(withPhone('6312001')), undefined],
  ['elder landline too short', proxy(withPhone('0871-6312')), '带区号的座机号应像 0871-63120012'],
  ['elder local number too short', proxy(withPhone('631200')), '座机号应为7到8位数字，如 63120012'],
  ['elder mobile too short', proxy(withPhone('1381234567')), '手机号应为11位数字'],
  ['elder letters', proxy(withPhone('0871-abc')), '电话只能填数字和「-」'],
  ['elder no phone, not ticked', proxy(withPhone('')), '请填写老人的电话（手机或座机）；老人没有电话请勾选「老人没有电话」'],
  ['elder no phone, ticked', proxy({ ...withPhone(''), noPhone: true }), undefined],
  ['elder phone while 没有电话 is ticked', proxy({ ...withPhone('63120012'), noPhone: true }), '已勾选「老人没有电话」，电话一栏请留空'],
  ['helper missing', proxy({ helper: undefined }), '请填写您（帮办人）的姓名和手机号', 'helper'],
  ['helper landline', proxy({ helper: { name: '周丽', phone: '63120012' } }), '手机号应为11位数字', 'helper.phone'],
  ['no consent by proxy', proxy({ proxyConsent: false }), '请勾选「我已向老人说明并征得同意」', 'proxyConsent'],
  ['consent missing', proxy({ proxyConsent: undefined }), '请勾选「我已向老人说明并征得同意」', 'proxyConsent'],
];

describe('wish.submit: who is reached how', () => {
  for (const [name, input, expected, path] of cases) {
    it(`${name} → ${expected ?? 'accepted'}`, () => assert.equal(problem(input, path), expected));
  }
  it('the form schema (on the phone) and the event schema (in the cloud) agree', () => {
    for (const [, input] of cases) {
      const { action: _a, requestId: _r, consent: _c, confirmDuplicate: _d, ...form } = input as Record<string, unknown>;
      assert.equal(WishForm.safeParse(form).success, SubmitInput.safeParse(input).success, JSON.stringify(form.contact));
    }
  });
});

describe('a proxy wish as stored', () => {
  const place = { buildingId: 'B-0012', communityId: 'c-jinding', sponsorId: 's' };
  const now = new Date('2026-11-30T02:00:00Z');
  const stored = (over: Record<string, unknown>) => newWish(SubmitInput.parse(proxy(over)), place, 'o_helper', now, now);
  it('records the helper, the consent time and the elder’s own phone', () => {
    const w = stored(withPhone('0871-63120012'));
    assert.deepEqual(
      [w.contact, w.helper, w.proxyConsentAt, w.noPhone],
      [{ name: '王奶奶', phone: '0871-63120012' }, HELPER, now, undefined],
    );
  });
  it('without a phone, the helper’s phone is the way to reach the elder', () => {
    const w = stored({ ...withPhone(''), noPhone: true });
    assert.deepEqual([w.contact, w.noPhone], [{ name: '王奶奶', phone: HELPER.phone }, true]);
  });
  it('a resident’s own wish carries no helper part', () => {
    const w = newWish(SubmitInput.parse(own({})), place, 'o_res', now, now);
    assert.deepEqual([w.helper, w.noPhone, w.proxyConsentAt], [undefined, undefined, undefined]);
  });
});

describe('the room, per building code', () => {
  const rooms: Array<[CodeFixes | undefined, string, boolean]> = [
    ['unit', '502', true],
    ['unit', '0502', true],
    ['unit', 'B12', true],
    ['unit', '3-201', false],
    ['unit', '', false],
    ['building', '2-502', true],
    ['building', '502', false],
    ['building', '2-', false],
    [undefined, '3-201', true],
    [undefined, '201', true],
    [undefined, '3栋201', false],
  ];
  for (const [fixes, room, ok] of rooms) {
    it(`${fixes ?? 'unknown'} code, room ${JSON.stringify(room)} → ${ok ? 'accepted' : ROOM_ASK[fixes ?? 'unknown'].message}`, () =>
      assert.equal(roomProblem(room, fixes), ok ? undefined : ROOM_ASK[fixes ?? 'unknown'].message));
  }
  it('the hint asks only for what the code does not say', () => {
    assert.equal(ROOM_ASK.unit.hint, '房号，如 502');
    assert.equal(ROOM_ASK.building.hint, '单元-房号，如 2-502');
  });
});

describe('a proxy wish in the lifecycle and the views', () => {
  const proxyWish = aWish({
    proxy: true,
    status: 'completed',
    filedBy: 'o_helper',
    claimant: 'o_vol',
    teamId: 't1',
    contact: { name: '王奶奶', phone: '0871-63120012' },
    helper: HELPER,
  });
  it('the helper (the filer) rates on the elder’s behalf, and the entry says so', () => {
    const r = decideWish('rate', proxyWish, { openid: 'o_helper', relations: ['owner'] }, NOW, { stars: 5 });
    assert.ok(r.ok);
    assert.equal((r.data.entry as HistoryEntry).onBehalf, true);
  });
  it('a resident’s own rating is not marked', () => {
    const r = decideWish('rate', { ...proxyWish, proxy: false }, { openid: 'o_helper', relations: ['owner'] }, NOW, { stars: 5 });
    assert.ok(r.ok);
    assert.equal((r.data.entry as HistoryEntry).onBehalf, undefined);
  });
  const seen: Array<[string, Relation[], { name: string; phone: string; masked: boolean }]> = [
    ['a team member who has not claimed', ['member'], { name: '周*', phone: '137****0001', masked: true }],
    ['the claimant', ['claimant', 'member'], { ...HELPER, masked: false }],
    ['the dispatcher', ['dispatcher'], { ...HELPER, masked: false }],
    ['the helper themselves', ['owner'], { ...HELPER, masked: false }],
  ];
  for (const [who, relations, helper] of seen) {
    it(`${who} sees the helper as ${helper.name} ${helper.phone}`, () => {
      const view = viewOf(proxyWish, relations.includes('owner') ? 'o_helper' : 'o_x', relations);
      assert.deepEqual(view.helper, helper);
    });
  }
  it('a member sees the elder’s landline masked to its last 4 digits', () =>
    assert.equal(viewOf(proxyWish, 'o_x', ['member']).contact.phone, '****0012'));
  it('the history shows a rating given on the elder’s behalf', () => {
    const entry = {
      at: NOW,
      by: 'o_helper',
      as: 'owner' as const,
      action: 'rate' as const,
      from: 'completed' as const,
      to: 'rated' as const,
      stars: 5,
      onBehalf: true,
    };
    assert.equal(viewOf({ ...proxyWish, history: [entry] }, 'o_helper', ['owner']).history[0].onBehalf, true);
  });
});
