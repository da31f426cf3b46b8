// The membership lifecycle on the same table machinery as a wish: one row, decided whole.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { applyChange, isLegalHistory } from '../../src/domain/lifecycle';
import { application, decideMembership, MEMBERSHIP_LIFECYCLE, membershipId } from '../../src/domain/team/membership';

const NOW = new Date('2024-05-01T02:00:00Z');

describe('membership', () => {
  const pending = application('t-1', 'o_v', NOW);

  it('an application is pending, one per person and team', () => {
    assert.deepEqual(pending, {
      _id: membershipId('t-1', 'o_v'),
      teamId: 't-1',
      openid: 'o_v',
      role: 'member',
      status: 'pending',
      createdAt: NOW,
    });
  });

  const cases = [
    { name: 'the leader approves a pending application', m: pending, leads: true, expect: 'active' },
    { name: 'anyone else hears that there is no such application', m: pending, leads: false, expect: 'TEAM.NOT_FOUND' },
    {
      name: 'an active membership cannot be approved again',
      m: { ...pending, status: 'active' as const },
      leads: true,
      expect: 'ORDER.INVALID_TRANSITION',
    },
  ];
  for (const c of cases) {
    it(`${c.name} → ${c.expect}`, () => {
      const r = decideMembership('approve', c.m, { openid: 'o_lead', leads: c.leads }, NOW);
      assert.equal(r.ok ? r.data.to : r.error.code, c.expect);
    });
  }

  it("approval records who and when, in the membership's own history", () => {
    const r = decideMembership('approve', pending, { openid: 'o_lead', leads: true }, NOW);
    assert.ok(r.ok);
    const approved = applyChange(pending, r.data) as typeof pending & {
      approvedBy: string;
      approvedAt: Date;
      history: Array<{ action: 'approve'; from: 'pending' | 'active'; to: 'pending' | 'active' }>;
    };
    assert.deepEqual([approved.status, approved.approvedBy, approved.approvedAt], ['active', 'o_lead', NOW]);
    assert.equal(r.data.version, undefined, 'memberships are matched on their status alone');
    assert.ok(isLegalHistory(MEMBERSHIP_LIFECYCLE, 'pending', approved.history));
  });
});
