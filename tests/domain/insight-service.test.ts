// The dashboard's figures beyond wishes (src/domain/insight/service.ts): attendance from sign-ups by
// status, visits against plan, party members below their hours per branch (partyOrder's judgement),
// and which kept snapshots lack these figures.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { attendanceOf, lacksService, partyByBranch, visitsOf } from '../../src/domain/insight/service';

describe('figures beyond wishes', () => {
  it.each([
    [{}, { num: 0, den: 0 }],
    [
      { attended: 3, no_show: 1, waiting: 4, withdrawn: 2 },
      { num: 3, den: 4 },
    ],
    [
      { signed_up: 1, checked_in: 1, checked_out: 1, attended: 2 },
      { num: 2, den: 5 },
    ],
  ])('attendance of %j is %j', (byStatus, ratio) => assert.deepEqual(attendanceOf(byStatus), ratio));

  it.each([
    [{}, { due: 0, done: 0, missed: 0 }],
    [
      { planned: 2, done: 5, missed: 1 },
      { due: 8, done: 5, missed: 1 },
    ],
  ])('visits of %j are %j', (byStatus, visits) => assert.deepEqual(visitsOf(byStatus), visits));

  it('party members below 25 h per branch: exactly 25 h is enough, no minutes is below', () => {
    const members = [
      { _id: 'a', communityId: 'c1' },
      { _id: 'b', communityId: 'c1' },
      { _id: 'c', communityId: 'c2' },
    ];
    const minutes = new Map([
      ['a', 25 * 60],
      ['c', 25 * 60 - 1],
    ]);
    assert.deepEqual(partyByBranch(members, minutes, 25), { c1: { members: 2, below: 1 }, c2: { members: 1, below: 1 } });
    assert.deepEqual(partyByBranch([], minutes, 25), {});
  });

  it.each([
    [{}, true],
    [{ volunteers: { registered: 1, active: 0 } }, true],
    [
      {
        volunteers: { registered: 1, active: 0 },
        activities: { held: 0, attendance: { num: 0, den: 0 } },
        visits: { due: 0, done: 0, missed: 0 },
      },
      false,
    ],
  ])('a snapshot with %j lacks them: %s', (figures, lacks) => assert.equal(lacksService(figures), lacks));
});
