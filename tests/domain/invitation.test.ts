// The invitation lifecycle (open → accepted | revoked; expired read from "now"), grants added and
// removed consistently with the role names, and the audit record's keys. Pure: "now" is passed in.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { applyChange, isLegalHistory } from '../../src/domain/lifecycle';
import { auditRecord } from '../../src/domain/org/audit';
import type { Scope } from '../../src/domain/org/grants';
import { isLastAdmin, withGrant, withoutGrant } from '../../src/domain/org/holdings';
import {
  asInvitation,
  decideInvitation,
  INVITATION_LIFECYCLE,
  invitePath,
  MAX_INVITE_DAYS,
  newInvitation,
  viewOf,
  type Invitation,
} from '../../src/domain/org/invitation';

const NOW = new Date('2026-05-01T02:00:00Z');
const DAY = 24 * 3600_000;
const JINDING: Scope = { kind: 'community', id: 'c-jinding' };
const draft = { role: 'dispatcher' as const, scope: JINDING, scopeName: '金鼎社区', from: '李主任', note: '新任' };

function open(days?: number): Invitation {
  const r = newInvitation('h'.repeat(64), { ...draft, days }, 'o_admin', NOW);
  assert.ok(r.ok);
  return r.data;
}

describe('a new invitation', () => {
  it('is open, carries role, scope, who and why, and expires after 7 days by default', () => {
    const inv = open();
    assert.equal(inv.status, 'open');
    assert.equal(inv.version, 0);
    assert.deepEqual([inv.role, inv.scope, inv.createdBy, inv.note], ['dispatcher', JINDING, 'o_admin', '新任']);
    assert.equal(inv.expiresAt.getTime() - NOW.getTime(), 7 * DAY);
  });
  it(`never lasts more than ${MAX_INVITE_DAYS} days nor less than one`, () => {
    assert.equal(open(90).expiresAt.getTime() - NOW.getTime(), MAX_INVITE_DAYS * DAY);
    assert.equal(open(0).expiresAt.getTime() - NOW.getTime(), DAY);
  });
  it('takes only a scope its role takes (ROLE_SCOPES)', () => {
    const r = newInvitation('h'.repeat(64), { ...draft, role: 'leader' }, 'o_admin', NOW);
    assert.equal(r.ok ? 'ok' : r.error.code, 'INPUT.INVALID');
    assert.ok(newInvitation('h'.repeat(64), { ...draft, role: 'admin', scope: { kind: 'street', id: 's' } }, 'o', NOW).ok);
  });
  it('links to the invite page with its token', () => assert.equal(invitePath('tok'), 'pages/invite/index?t=tok'));
});

describe('the lifecycle table', () => {
  const cases: Array<{ name: string; inv: Invitation; action: 'accept' | 'revoke'; as: 'invitee' | 'admin'; at: Date; expect: string }> = [
    { name: 'accepted while open', inv: open(), action: 'accept', as: 'invitee', at: NOW, expect: 'accepted' },
    {
      name: 'accepted a moment before it expires',
      inv: open(),
      action: 'accept',
      as: 'invitee',
      at: new Date(NOW.getTime() + 7 * DAY - 1),
      expect: 'accepted',
    },
    {
      name: 'accepted once it expired',
      inv: open(),
      action: 'accept',
      as: 'invitee',
      at: new Date(NOW.getTime() + 7 * DAY),
      expect: 'INVITE.EXPIRED',
    },
    { name: 'accepted again', inv: { ...open(), status: 'accepted' }, action: 'accept', as: 'invitee', at: NOW, expect: 'INVITE.USED' },
    {
      name: 'accepted after revocation',
      inv: { ...open(), status: 'revoked' },
      action: 'accept',
      as: 'invitee',
      at: NOW,
      expect: 'INVITE.REVOKED',
    },
    { name: 'revoked by an admin', inv: open(), action: 'revoke', as: 'admin', at: NOW, expect: 'revoked' },
    { name: 'revoked by the invitee', inv: open(), action: 'revoke', as: 'invitee', at: NOW, expect: 'AUTH.FORBIDDEN' },
    {
      name: 'revoked once accepted',
      inv: { ...open(), status: 'accepted' },
      action: 'revoke',
      as: 'admin',
      at: NOW,
      expect: 'INVITE.USED',
    },
    { name: 'revoked twice', inv: { ...open(), status: 'revoked' }, action: 'revoke', as: 'admin', at: NOW, expect: 'INVITE.REVOKED' },
  ];
  for (const c of cases) {
    it(`${c.name} → ${c.expect}`, () => {
      const r = decideInvitation(c.action, c.inv, { openid: 'o_x', relation: c.as }, c.at, '原因');
      assert.equal(r.ok ? r.data.to : r.error.code, c.expect);
    });
  }

  it('an acceptance records who and when, decided on the version read (compare-and-set)', () => {
    const r = decideInvitation('accept', open(), { openid: 'o_new', relation: 'invitee' }, NOW);
    assert.ok(r.ok);
    const after = applyChange(open(), r.data);
    assert.deepEqual([after.status, after.acceptedBy, after.acceptedAt, after.version], ['accepted', 'o_new', NOW, 1]);
    assert.ok(isLegalHistory(INVITATION_LIFECYCLE, 'open', [r.data.entry]));
  });
  it('a revocation keeps its reason', () => {
    const r = decideInvitation('revoke', open(), { openid: 'o_admin', relation: 'admin' }, NOW, '发错人了');
    assert.ok(r.ok);
    assert.equal(r.data.set.revokeReason, '发错人了');
  });
  it('reads as expired from its expiry on, without a write', () => {
    const inv = open();
    assert.equal(viewOf(inv, NOW), 'open');
    assert.equal(viewOf(inv, inv.expiresAt), 'expired');
    assert.equal(viewOf({ ...inv, status: 'accepted' }, inv.expiresAt), 'accepted');
  });
  it('dates stored as strings read back as dates', () => {
    const inv = asInvitation({ ...open(), expiresAt: '2026-05-08T02:00:00.000Z', createdAt: NOW.toISOString() });
    assert.ok(inv?.expiresAt instanceof Date);
    assert.equal(asInvitation(null), null);
  });
});

describe('holdings: grants and role names together', () => {
  const grant = { role: 'dispatcher' as const, scope: JINDING };
  it('a new person starts as a resident and gets the role and the grant', () => {
    assert.deepEqual(withGrant(null, grant), { roles: ['resident', 'dispatcher'], grants: [grant] });
  });
  it('the same grant twice is held once', () => {
    const once = withGrant(null, grant);
    assert.deepEqual(withGrant(once, grant), once);
  });
  it('removing one of two grants of a role keeps the role name; removing the last drops it', () => {
    const two = withGrant(withGrant(null, grant), { role: 'dispatcher', scope: { kind: 'community', id: 'c-qingyun' } });
    const one = withoutGrant(two, 'dispatcher', JINDING);
    assert.ok(one.ok);
    assert.deepEqual(one.data.roles, ['resident', 'dispatcher']);
    const none = withoutGrant(one.data, 'dispatcher', { kind: 'community', id: 'c-qingyun' });
    assert.ok(none.ok);
    assert.deepEqual(none.data, { roles: ['resident'], grants: [] });
  });
  it('a grant not held is GRANT.NOT_FOUND; a role by name alone is removed without a scope', () => {
    const r = withoutGrant({ roles: ['dispatcher'], grants: [] }, 'dispatcher', JINDING);
    assert.equal(r.ok ? 'ok' : r.error.code, 'GRANT.NOT_FOUND');
    const legacy = withoutGrant({ roles: ['dispatcher'], grants: [] }, 'dispatcher');
    assert.deepEqual(legacy.ok && legacy.data.roles, []);
    const scoped = withoutGrant(withGrant(null, grant), 'dispatcher');
    assert.equal(scoped.ok ? 'ok' : scoped.error.code, 'GRANT.NOT_FOUND', 'a scoped grant must be named');
  });
  it('the last admin is the only holder left', () => {
    assert.equal(isLastAdmin(['a'], 'a'), true);
    assert.equal(isLastAdmin(['a', 'b'], 'a'), false);
  });
});

describe('audit records', () => {
  it('are keyed by what and the invitation (a retry lands once), or by whom and when for a revoked grant', () => {
    const base = { at: NOW, by: 'o_admin', role: 'dispatcher' as const, scope: JINDING, why: '新任' };
    assert.equal(auditRecord('accept', { ...base, whom: 'o_new', invitationId: 'abc' })._id, 'accept:abc');
    assert.equal(
      auditRecord('revoke_grant', { ...base, whom: 'o_new' })._id,
      `revoke_grant:o_new:dispatcher:community:c-jinding:${NOW.getTime()}`,
    );
  });
});
