// The visit order's lifecycle table: who records (the named volunteer, a member of the pool's team),
// from which states, what it writes; the timer's miss; a need linked to one wish; and the board.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { applyChange, isLegalHistory } from '../../src/domain/lifecycle';
import { boardAfter } from '../../src/domain/visit/outcome';
import { decideVisit, VISIT_LIFECYCLE, visitRelationsOf, type VisitRelation } from '../../src/domain/visit/lifecycle';
import type { VisitOrder } from '../../src/domain/visit/order';
import { orderFor, T0 } from './visit-fixture';

const named = orderFor();
const pool = orderFor({ volunteerOpenid: undefined, teamId: 't-1' });
const done = orderFor({ status: 'done', outcome: 'needs_help', version: 1 });

describe('relations', () => {
  const cases: [string, VisitOrder, string, string[], VisitRelation[]][] = [
    ['the named volunteer', named, 'o_named', [], ['named']],
    ['someone else, even of a team', named, 'o_other', ['t-1'], []],
    ['a member of the pool order team', pool, 'o_member', ['t-1'], ['team']],
    ['a member of another team', pool, 'o_member', ['t-2'], []],
  ];
  for (const [name, o, openid, teams, expect] of cases) it(name, () => assert.deepEqual(visitRelationsOf(o, openid, teams), expect));
});

describe('VISIT_LIFECYCLE', () => {
  const cases: { name: string; action: 'record' | 'miss' | 'link_wish'; o: VisitOrder; as: VisitRelation[]; p?: object; expect: string }[] =
    [
      { name: 'the named volunteer records 平安', action: 'record', o: named, as: ['named'], p: { outcome: 'safe' }, expect: 'done' },
      { name: 'a team member records 联系不上', action: 'record', o: pool, as: ['team'], p: { outcome: 'unreachable' }, expect: 'done' },
      {
        name: 'a missed order is recorded late',
        action: 'record',
        o: orderFor({ status: 'missed' }),
        as: ['named'],
        p: { outcome: 'safe' },
        expect: 'done',
      },
      {
        name: 'anyone else: as if it did not exist',
        action: 'record',
        o: named,
        as: [],
        p: { outcome: 'safe' },
        expect: 'VISIT.NOT_FOUND',
      },
      { name: 'recorded already', action: 'record', o: done, as: ['named'], p: { outcome: 'safe' }, expect: 'VISIT.ALREADY_RECORDED' },
      { name: 'the timer misses a planned order', action: 'miss', o: named, as: ['system'], expect: 'missed' },
      { name: 'nobody else misses one', action: 'miss', o: named, as: ['named'], expect: 'AUTH.FORBIDDEN' },
      { name: 'a need becomes a wish', action: 'link_wish', o: done, as: ['named'], p: { wishId: 'w_1' }, expect: 'done' },
      {
        name: 'a visit found safe does not',
        action: 'link_wish',
        o: { ...done, outcome: 'safe' },
        as: ['named'],
        p: { wishId: 'w_1' },
        expect: 'VISIT.NO_NEED',
      },
      { name: 'not before it is recorded', action: 'link_wish', o: named, as: ['named'], p: { wishId: 'w_1' }, expect: 'VISIT.NO_NEED' },
      {
        name: 'only once',
        action: 'link_wish',
        o: { ...done, wishId: 'w_0' },
        as: ['team'],
        p: { wishId: 'w_1' },
        expect: 'VISIT.ALREADY_WISHED',
      },
      {
        name: 'the same wish again (a retry)',
        action: 'link_wish',
        o: { ...done, wishId: 'w_1' },
        as: ['named'],
        p: { wishId: 'w_1' },
        expect: 'done',
      },
    ];
  for (const c of cases)
    it(`${c.name} → ${c.expect}`, () => {
      const r = decideVisit(c.action, c.o, { openid: 'o_x', relations: c.as }, T0, c.p ?? {});
      assert.equal(r.ok ? r.data.to : r.error.code, c.expect);
    });

  it('recording writes the outcome, the note, who and when; the history is legal', () => {
    const r = decideVisit('record', named, { openid: 'o_named', relations: ['named'] }, T0, { outcome: 'needs_help', note: '水管漏水' });
    assert.ok(r.ok);
    const after = applyChange(named, r.data);
    assert.deepEqual(
      [after.status, after.outcome, after.note, after.doneBy, after.doneAt, after.version],
      ['done', 'needs_help', '水管漏水', 'o_named', T0, 1],
    );
    assert.ok(isLegalHistory(VISIT_LIFECYCLE, 'planned', after.history as never));
  });
});

describe('boardAfter', () => {
  const cases = [
    {
      name: '平安 resets the streak and is a contact',
      streak: 1,
      outcome: 'safe',
      set: { lastContactAt: T0, lastOutcome: 'safe', unreachableStreak: 0 },
      escalate: undefined,
    },
    {
      name: '需要帮助 is a contact too',
      streak: 0,
      outcome: 'needs_help',
      set: { lastContactAt: T0, lastOutcome: 'needs_help', unreachableStreak: 0 },
      escalate: undefined,
    },
    {
      name: 'the first 联系不上',
      streak: 0,
      outcome: 'unreachable',
      set: { lastOutcome: 'unreachable', unreachableStreak: 1 },
      escalate: undefined,
    },
    {
      name: 'the second in a row escalates at once',
      streak: 1,
      outcome: 'unreachable',
      set: { lastOutcome: 'unreachable', unreachableStreak: 2, escalatedAt: T0 },
      escalate: 'unreachable',
    },
    {
      name: 'a third does not escalate again',
      streak: 2,
      outcome: 'unreachable',
      set: { lastOutcome: 'unreachable', unreachableStreak: 3 },
      escalate: undefined,
    },
  ] as const;
  for (const c of cases)
    it(c.name, () => assert.deepEqual(boardAfter({ unreachableStreak: c.streak }, c.outcome, T0), { set: c.set, escalate: c.escalate }));
});
