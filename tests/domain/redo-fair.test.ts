// The ≤2★ redo made fair and the minutes margin, in the domain: who may read a sent-back wish, what
// each viewer sees of its attempts and check-in place, the refusals of the new rows, the hours and
// award entries (balanced, idempotent ids), and how a wish ended for the volunteer who served it.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { decideAward, servedAttempt } from '../../src/domain/bank/award';
import { balancesOf, isBalanced, serviceAward, serviceHours, type JournalEntry } from '../../src/domain/bank/ledger';
import { mayView, relationsOf } from '../../src/domain/policy';
import type { ErrorCode } from '../../src/domain/errors';
import { applyChange } from '../../src/domain/lifecycle';
import { decideWish, isLegalHistory, type Relation, type WishAction, type WishParams } from '../../src/domain/wish/machine';
import { servedOutcome } from '../../src/domain/wish/served';
import { completionOf, countedMinutes, MINUTES_MARGIN, type Attempt } from '../../src/domain/wish/service';
import { viewOf } from '../../src/domain/wish/view';
import type { Wish } from '../../src/domain/wish/wish';
import { aWish, NOW } from './wish-fixture';

const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);
const served = (over: Partial<Attempt> = {}): Attempt => ({
  claimant: 'o_old',
  teamId: 't-1',
  checkedInAt: minutesAgo(90),
  completion: { summary: '换了阀芯', minutes: 60, at: minutesAgo(30) },
  stars: 1,
  reason: '还在漏',
  at: NOW,
  ...over,
});
const sentBack = aWish({ status: 'reopened', excludedTeamIds: ['t-1'], attempts: [served()], servers: ['o_old'] });
const actor = (openid: string, relations: Relation[]) => ({ openid, relations });

describe('completionOf: minutes against the time since check-in + margin', () => {
  const cases: Array<[string, number | undefined, number, boolean]> = [
    ['no check-in known: as claimed', undefined, 300, false],
    ['exactly the time since check-in', 60, 60, false],
    ['time + margin', 60, 60 + MINUTES_MARGIN, false],
    ['one minute more: to confirm', 60, 61 + MINUTES_MARGIN, true],
    ['right after check-in, 45 minutes: to confirm', 0, 45, true],
  ];
  for (const [name, since, minutes, toConfirm] of cases) {
    it(name, () => {
      const c = completionOf({ summary: 's', minutes }, since === undefined ? undefined : minutesAgo(since), NOW);
      assert.equal(!!c.toConfirm, toConfirm);
      if (toConfirm) assert.equal(c.allowedMinutes, since! + MINUTES_MARGIN);
      assert.equal(countedMinutes(c), toConfirm ? since! + MINUTES_MARGIN : minutes);
    });
  }
});

describe('the new rows refuse with clear codes', () => {
  const toConfirm = { summary: 's', minutes: 240, at: NOW, toConfirm: true, allowedMinutes: 60 };
  const cases: Array<{ name: string; action: WishAction; wish: Wish; by: ReturnType<typeof actor>; params?: WishParams; code: ErrorCode }> =
    [
      {
        name: 'close waits while minutes are marked to confirm',
        action: 'close',
        wish: aWish({ status: 'rated', claimant: 'o_m', completion: toConfirm }),
        by: actor('system', ['system']),
        code: 'MINUTES.AWAITING_CONFIRMATION',
      },
      {
        name: 'confirm: nothing marked',
        action: 'confirm_minutes',
        wish: aWish({ status: 'completed', teamId: 't-1', claimant: 'o_m', completion: { summary: 's', minutes: 30, at: NOW } }),
        by: actor('o_l', ['leader']),
        params: { minutes: 30, note: '属实' },
        code: 'MINUTES.NOTHING_TO_CONFIRM',
      },
      {
        name: 'confirm: more than claimed',
        action: 'confirm_minutes',
        wish: aWish({ status: 'completed', teamId: 't-1', claimant: 'o_m', completion: toConfirm }),
        by: actor('o_l', ['leader']),
        params: { minutes: 241, note: '多记' },
        code: 'MINUTES.MORE_THAN_CLAIMED',
      },
      {
        name: 'confirm: the claimant cannot confirm their own minutes',
        action: 'confirm_minutes',
        wish: aWish({ status: 'completed', teamId: 't-1', claimant: 'o_m', completion: toConfirm }),
        by: actor('o_m', ['member', 'claimant']),
        params: { minutes: 240, note: '属实' },
        code: 'AUTH.FORBIDDEN',
      },
      {
        name: 'a former server may not act on the wish (read only)',
        action: 'cancel',
        wish: sentBack,
        by: actor('o_old', ['former']),
        code: 'AUTH.FORBIDDEN',
      },
    ];
  for (const c of cases) {
    it(`${c.name} → ${c.code}`, () => {
      const r = decideWish(c.action, c.wish, c.by, NOW, c.params);
      assert.equal(!r.ok && r.error.code, c.code);
    });
  }
});

describe('a walk through a redo: attempt kept, service cleared, legal history', () => {
  it('complete → rate 1 → dispatch again → claim → complete → rate 5 → close', () => {
    let w = aWish({});
    const step = (action: WishAction, by: ReturnType<typeof actor>, params?: WishParams) => {
      const r = decideWish(action, w, by, NOW, params);
      assert.ok(r.ok, `${action}: ${JSON.stringify(r)}`);
      w = applyChange(w, r.data);
    };
    step('dispatch', actor('o_d', ['dispatcher']), { team: { _id: 't-1' } });
    step('claim', actor('o_old', ['member']));
    step('check_in', actor('o_old', ['claimant']), { place: { lat: 1, lng: 2 } });
    step('complete', actor('o_old', ['claimant']), { completion: { summary: '换了阀芯', minutes: 30 } });
    step('rate', actor('o_owner', ['owner']), { stars: 1, comment: '还在漏' });
    assert.deepEqual(
      { claimant: w.claimant, completion: w.completion, checkedInAt: w.checkedInAt, checkInPlace: w.checkInPlace },
      { claimant: undefined, completion: undefined, checkedInAt: undefined, checkInPlace: undefined },
    );
    assert.deepEqual(
      w.attempts?.map((a) => [a.claimant, a.stars, a.reason, a.completion?.minutes]),
      [['o_old', 1, '还在漏', 30]],
    );
    step('dispatch', actor('o_d', ['dispatcher']), { team: { _id: 't-2' } });
    step('claim', actor('o_new', ['member']));
    step('check_in', actor('o_new', ['claimant']));
    step('complete', actor('o_new', ['claimant']), { completion: { summary: '换了整个龙头', minutes: 20 } });
    step('rate', actor('o_owner', ['owner']), { stars: 5 });
    step('close', actor('system', ['system']), { creditEntryId: 'credit:w_1' });
    assert.equal(w.status, 'closed');
    assert.deepEqual(w.servers, ['o_old', 'o_new']);
    assert.ok(isLegalHistory(w.history));
  });
});

describe('who reads a sent-back wish, and what', () => {
  const people = { openid: 'o_old', roles: [], teams: {} };
  it('the former server has the `former` relation and may view it; a stranger may not', () => {
    assert.deepEqual(relationsOf(sentBack, people), ['former']);
    assert.ok(mayView(relationsOf(sentBack, people)));
    assert.equal(mayView(relationsOf(sentBack, { ...people, openid: 'o_stranger' })), false);
  });
  const twice = aWish({
    status: 'reopened',
    attempts: [served(), served({ claimant: 'o_other', reason: '又没修好' })],
    checkInPlace: { lat: 26.584, lng: 107.978 },
  });
  const cases: Array<[string, string, Relation[], { attempts: number; place: boolean; masked: boolean }]> = [
    [
      'the former server: their own attempt only, contact masked, no place',
      'o_old',
      ['former'],
      { attempts: 1, place: false, masked: true },
    ],
    ['the centre: every attempt and the place', 'o_d', ['dispatcher'], { attempts: 2, place: true, masked: false }],
    ["the team's leader: the place, no attempts", 'o_l', ['member', 'leader'], { attempts: 0, place: true, masked: true }],
    ['the resident: no attempts, no place', 'o_owner', ['owner'], { attempts: 0, place: false, masked: false }],
  ];
  for (const [name, viewer, relations, want] of cases) {
    it(name, () => {
      const v = viewOf(twice, viewer, relations);
      assert.deepEqual({ attempts: v.attempts?.length ?? 0, place: !!v.checkInPlace, masked: v.contact.masked }, want);
      assert.ok(!JSON.stringify(v.attempts ?? []).includes('o_'), 'no OPENIDs in attempts');
    });
  }
});

describe('hours and awards in the journal', () => {
  const hours = serviceHours('w_1', 0, 'repairs', 'o_old', 's-1', 60, NOW);
  const award = serviceAward({ wishId: 'w_1', n: 0, volunteer: 'o_old', sponsorId: 's-1', points: 10, by: 'o_d', reason: '确已上门' }, NOW);
  it('hours: zero points on both sides (balanced), the minutes carried, one id per attempt', () => {
    assert.ok(isBalanced(hours));
    assert.deepEqual(hours.lines, [
      { account: 'sponsor:s-1', points: 0 },
      { account: 'passbook:o_old', points: 0 },
    ]);
    assert.equal(hours.minutes, 60);
    assert.equal(hours._id, 'hours:w_1:0');
  });
  it('award: sponsor → volunteer, balanced, who entered it and why, one id per attempt', () => {
    assert.ok(isBalanced(award));
    assert.deepEqual(
      { id: award._id, by: award.by, reason: award.reason, kind: award.kind },
      {
        id: 'award:w_1:0',
        by: 'o_d',
        reason: '确已上门',
        kind: 'service_award',
      },
    );
    const balances = balancesOf([hours, award] as JournalEntry[]);
    assert.deepEqual(
      [...balances.entries()],
      [
        ['sponsor:s-1', -10],
        ['passbook:o_old', 10],
      ],
    );
  });
  it('decideAward: the latest served attempt, or AWARD.NO_SERVICE', () => {
    const notServed = served({ completion: undefined, claimant: 'o_x' });
    assert.equal(servedAttempt({ attempts: [served(), notServed] }), 0);
    const r = decideAward({ _id: 'w_1', sponsorId: 's-1', attempts: [served(), notServed] }, 'o_d', 10, '确已上门', NOW);
    assert.ok(r.ok);
    assert.equal(r.data.lines.find((l) => l.points > 0)?.account, 'passbook:o_old');
    const none = decideAward({ _id: 'w_1', sponsorId: 's-1', attempts: [notServed] }, 'o_d', 10, '确已上门', NOW);
    assert.equal(!none.ok && none.error.code, 'AWARD.NO_SERVICE');
    assert.equal(!decideAward({ _id: 'w_1', sponsorId: 's-1' }, 'o_d', 10, 'x', NOW).ok, true);
  });
});

describe('servedOutcome: how a wish ended for the volunteer who served it', () => {
  const done = { summary: 's', minutes: 40, at: NOW };
  const cases: Array<[string, Wish, string, ReturnType<typeof servedOutcome>]> = [
    [
      'waiting for the rating',
      aWish({ status: 'completed', claimant: 'o_m', completion: done }),
      'o_m',
      { outcome: 'waiting', minutes: 40 },
    ],
    [
      'minutes to confirm: counts what the clock allows',
      aWish({ status: 'completed', claimant: 'o_m', completion: { ...done, minutes: 200, toConfirm: true, allowedMinutes: 45 } }),
      'o_m',
      { outcome: 'to_confirm', minutes: 45 },
    ],
    [
      'paid: the credit entry',
      aWish({ status: 'closed', claimant: 'o_m', completion: done, rating: { stars: 4, at: NOW }, creditEntryId: 'credit:w_1' }),
      'o_m',
      { outcome: 'paid', minutes: 40, stars: 4, entryId: 'credit:w_1' },
    ],
    [
      'sent back: the reason, the stars, the award entry to look for',
      sentBack,
      'o_old',
      { outcome: 'sent_back', stars: 1, reason: '还在漏', minutes: 60, entryId: 'award:w_1:0' },
    ],
  ];
  for (const [name, wish, me, want] of cases) it(name, () => assert.deepEqual(servedOutcome(wish, me), want));
});
