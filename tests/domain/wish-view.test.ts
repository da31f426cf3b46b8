import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { WishViewSchema } from '../../src/domain/schemas';
import type { Relation } from '../../src/domain/wish/machine';
import { maskName, maskPhone, viewOf } from '../../src/domain/wish/view';
import type { Wish } from '../../src/domain/wish/wish';

const at = (iso: string) => new Date(iso);
const WISH: Wish = {
  _id: 'w1',
  status: 'completed',
  version: 5,
  category: 'repairs',
  description: '厨房水龙头漏水，需要更换',
  urgency: 'normal',
  preferredTime: { date: '2024-05-02', window: 'morning' },
  photos: ['cloud://env.bucket/wish/a.jpg'],
  buildingId: 'B-0012',
  communityId: 'c-jinding',
  sponsorId: 'street-xmh',
  room: '3-201',
  contact: { name: '张阿姨', phone: '13812345678' },
  filedBy: 'o_owner',
  proxy: false,
  createdAt: at('2024-05-01T01:00:00Z'),
  dueAt: at('2024-05-04T01:00:00Z'),
  consentAt: at('2024-05-01T01:00:00Z'),
  teamId: 't_repair',
  excludedTeamIds: ['t_old'],
  claimant: 'o_claimant',
  claimedAt: at('2024-05-01T03:00:00Z'),
  completion: { summary: '已更换水龙头', minutes: 45, at: at('2024-05-01T05:00:00Z') },
  completedAt: at('2024-05-01T05:00:00Z'),
  creditEntryId: 'credit:w1',
  history: [
    {
      at: at('2024-05-01T02:00:00Z'),
      by: 'o_disp',
      as: 'dispatcher',
      action: 'dispatch',
      from: 'submitted',
      to: 'dispatched',
      note: '乐修匠',
    },
    { at: at('2024-05-01T03:00:00Z'), by: 'o_claimant', as: 'member', action: 'claim', from: 'dispatched', to: 'claimed' },
    { at: at('2024-05-01T04:00:00Z'), by: 'o_claimant', as: 'claimant', action: 'check_in', from: 'claimed', to: 'in_service' },
    { at: at('2024-05-01T05:00:00Z'), by: 'o_claimant', as: 'claimant', action: 'complete', from: 'in_service', to: 'completed' },
  ],
} as Wish;

const OPENIDS = ['o_owner', 'o_disp', 'o_claimant', 'o_member', 'o_leader'];

const PLACE = { communityName: '金鼎社区', estateName: '翠湖小区', buildingName: '3栋2单元' };

const viewers: Array<{ name: string; openid: string; relations: Relation[]; masked: boolean }> = [
  { name: 'owner', openid: 'o_owner', relations: ['owner'], masked: false },
  { name: 'dispatcher', openid: 'o_disp', relations: ['dispatcher'], masked: false },
  { name: 'claimant', openid: 'o_claimant', relations: ['member', 'claimant'], masked: false },
  { name: 'team member', openid: 'o_member', relations: ['member'], masked: true },
  { name: 'team leader', openid: 'o_leader', relations: ['member', 'leader'], masked: true },
];

describe('viewOf', () => {
  for (const v of viewers) {
    describe(v.name, () => {
      const view = viewOf(WISH, v.openid, v.relations, { place: PLACE });

      it(`sees 小区 and 楼栋, and the room ${v.masked ? 'not (接单后可见门牌)' : 'too'}`, () => {
        assert.deepEqual(view.place, PLACE);
        assert.equal(view.room, v.masked ? undefined : '3-201');
        if (v.masked) assert.equal('room' in view, false);
        if (v.masked) assert.ok(!JSON.stringify(view).includes('3-201'), 'the room appears nowhere');
      });

      it(`contact is ${v.masked ? 'masked' : 'in full'}`, () => {
        const expected = v.masked
          ? { name: '张**', phone: '138****5678', masked: true }
          : { name: '张阿姨', phone: '13812345678', masked: false };
        assert.deepEqual(view.contact, expected);
        if (v.masked) assert.ok(!JSON.stringify(view).includes('13812345678') && !JSON.stringify(view).includes('张阿姨'));
      });

      it('holds no OPENID of anyone (history says byMe and a role)', () => {
        const json = JSON.stringify(view);
        for (const openid of OPENIDS) assert.ok(!json.includes(openid), `${openid} leaked`);
        for (const h of view.history) assert.equal('by' in h, false);
        assert.deepEqual(
          view.history.map((h) => h.byMe),
          WISH.history.map((h) => h.by === v.openid),
        );
      });

      it('matches WishViewSchema: dates are ISO strings', () => {
        const parsed = WishViewSchema.safeParse(view);
        assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
        for (const d of [view.createdAt, view.dueAt, view.completion?.at, ...view.history.map((h) => h.at)]) {
          assert.equal(typeof d, 'string');
          assert.equal(new Date(d as string).toISOString(), d);
        }
        assert.equal(view.createdAt, '2024-05-01T01:00:00.000Z');
      });

      it('claimedByMe only for the claimant; internal fields stay out', () => {
        assert.equal(view.claimedByMe, v.openid === 'o_claimant');
        assert.equal(view.hasClaimant, true);
        for (const key of ['filedBy', 'claimant', 'excludedTeamIds', 'creditEntryId', 'sponsorId', 'consentAt', '_id'])
          assert.equal(key in view, false, key);
      });
    });
  }

  it('leaves the place out when the function found no names (the page falls back to the stairwell code)', () => {
    const view = viewOf(WISH, 'o_disp', ['dispatcher']);
    assert.equal('place' in view, false);
    assert.ok(WishViewSchema.safeParse(view).success);
  });

  it("a member sees the room once the claim is theirs (the hall's 我的 tab), not while someone else holds it", () => {
    const unclaimed = { ...WISH, status: 'dispatched', claimant: undefined } as Wish;
    assert.equal(viewOf(unclaimed, 'o_member', ['member'], { place: PLACE }).room, undefined);
    assert.equal(viewOf(WISH, 'o_claimant', ['member', 'claimant'], { place: PLACE }).room, '3-201');
    assert.equal(viewOf(WISH, 'o_leader', ['member', 'leader'], { place: PLACE }).room, undefined);
  });

  it('accepts dates stored as strings', () => {
    const stored = { ...WISH, createdAt: '2024-05-01T01:00:00Z', dueAt: '2024-05-04T01:00:00.000Z' } as unknown as Wish;
    const view = viewOf(stored, 'o_owner', ['owner']);
    assert.equal(view.createdAt, '2024-05-01T01:00:00.000Z');
    assert.equal(view.dueAt, '2024-05-04T01:00:00.000Z');
  });
});

describe('maskPhone / maskName', () => {
  const phones: Array<[string, string]> = [
    ['13812345678', '138****5678'],
    ['1381234', '****'],
    ['0871-63120012', '****0012'],
    ['087163120012', '****0012'],
    ['63120012', '****0012'],
    ['', '****'],
  ];
  for (const [phone, masked] of phones) it(`maskPhone(${JSON.stringify(phone)}) → ${masked}`, () => assert.equal(maskPhone(phone), masked));
  const names: Array<[string, string]> = [
    ['张阿姨', '张**'],
    ['欧阳娜娜', '欧**'],
    ['李四', '李*'],
    ['王', '*'],
    ['Li', 'L*'],
    ['', '*'],
  ];
  for (const [name, masked] of names) it(`maskName(${JSON.stringify(name)}) → ${masked}`, () => assert.equal(maskName(name), masked));
});
