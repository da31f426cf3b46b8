// Roles with a scope, granted by invitation, through the real `people` function and the local cloud:
// invite → accept → the role works; single use; expiry; revocation (immediate); revoking a grant; a
// leader invitation leads one team only; every change in the audit record; every query indexed.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { tokenHash } from '../../cloudfunctions/_lib/collections/invitations';
import { newInvitation } from '../../src/domain/org/invitation';
import jsQR from 'jsqr';
import { parseQrContent } from '../../localcloud/openapi/qr-content';
import { startFunctionsCloud } from '../helpers/functions';
import { readPng } from '../localcloud/openapi/png';
import { person } from '../helpers/people';

let cloud: LocalCloud;
const admin = () => person(cloud, 'demo-admin');

beforeAll(async () => {
  cloud = await startFunctionsCloud();
  // Two applications waiting for a leader: one in 健康, one in 乐修匠.
  await cloud.db.insert('users', [
    { _id: 'app-jiankang', roles: ['resident', 'volunteer'] },
    { _id: 'app-lexiu', roles: ['resident', 'volunteer'] },
  ]);
  await cloud.db.insert('memberships', [
    {
      _id: 't-jiankang_app-jiankang',
      teamId: 't-jiankang',
      openid: 'app-jiankang',
      role: 'member',
      status: 'pending',
      createdAt: new Date(),
    },
    {
      _id: 't-lexiujiang_app-lexiu',
      teamId: 't-lexiujiang',
      openid: 'app-lexiu',
      role: 'member',
      status: 'pending',
      createdAt: new Date(),
    },
  ]);
});
afterAll(() => cloud.stop());

async function invite(event: Record<string, unknown>): Promise<string> {
  const r = await admin()('people', { action: 'invite', note: '测试', ...event });
  assert.equal(r.ok, true, JSON.stringify(r.error));
  assert.match(r.data.path, /^pages\/invite\/index\?t=[0-9A-Za-z_-]{22}$/);
  assert.equal(r.data.invitationId, tokenHash(r.data.token), 'only the hash is the stored id');
  return r.data.token as string;
}
const dispatcherOfJinding = () => invite({ role: 'dispatcher', scope: { kind: 'community', id: 'c-jinding' }, from: '洗马河街道 李主任' });

describe('invite → accept → the role works', () => {
  test('an invited community dispatcher sees the invitation, accepts it once, and can open the queue', async () => {
    const token = await dispatcherOfJinding();
    const stored = cloud.db.get('invitations').docs.get(tokenHash(token)) as unknown as Record<string, unknown>;
    assert.ok(!JSON.stringify(stored).includes(token), 'the token itself is never stored');

    const newbie = person(cloud, 'p-new-dispatcher');
    assert.equal((await newbie('dispatch', { action: 'queue', page: 0 })).error?.code, 'AUTH.FORBIDDEN');
    const preview = await newbie('people', { action: 'preview', token });
    assert.equal(preview.ok, true, JSON.stringify(preview.error));
    assert.deepEqual(
      { role: preview.data.role, scope: preview.data.scope, from: preview.data.from, status: preview.data.status },
      { role: 'dispatcher', scope: { kind: 'community', id: 'c-jinding', name: '金鼎社区' }, from: '洗马河街道 李主任', status: 'open' },
    );
    const accepted = await newbie('people', { action: 'accept', token });
    assert.equal(accepted.ok, true, JSON.stringify(accepted.error));
    assert.deepEqual(accepted.data.roles, ['resident', 'dispatcher']);
    const user = cloud.db.get('users').docs.get('p-new-dispatcher') as unknown as { grants: unknown[] };
    assert.deepEqual(user.grants, [{ role: 'dispatcher', scope: { kind: 'community', id: 'c-jinding' } }]);
    const queue = await newbie('dispatch', { action: 'queue', page: 0 });
    assert.equal(queue.ok, true, JSON.stringify(queue.error));

    // Single use: the same person again, and anyone else, hear INVITE.USED.
    assert.equal((await newbie('people', { action: 'accept', token })).error?.code, 'INVITE.USED');
    assert.equal((await person(cloud, 'p-second')('people', { action: 'accept', token })).error?.code, 'INVITE.USED');
    assert.equal(cloud.db.get('users').docs.has('p-second'), false, 'a refused accept writes nothing');
    assert.equal((await newbie('people', { action: 'preview', token })).data.status, 'accepted');
  });

  test('eight people accept one invitation at once: exactly one gets the role', async () => {
    const token = await invite({ role: 'helper', scope: { kind: 'community', id: 'c-qingyun' } });
    const people = Array.from({ length: 8 }, (_x, i) => `p-race-${i}`);
    const results = await Promise.all(people.map((p) => person(cloud, p)('people', { action: 'accept', token })));
    assert.equal(results.filter((r) => r.ok).length, 1);
    assert.ok(results.filter((r) => !r.ok).every((r) => r.error?.code === 'INVITE.USED'));
    const holders = people.filter((p) => cloud.db.get('users').docs.has(p));
    assert.equal(holders.length, 1);
  });

  test('an expired invitation is refused (INVITE.EXPIRED) and reads as expired', async () => {
    const token = 'expiredTokenForTheTest';
    const past = new Date(Date.now() - 8 * 24 * 3600_000);
    const inv = newInvitation(
      tokenHash(token),
      { role: 'helper', scope: { kind: 'community', id: 'c-jinding' }, scopeName: '金鼎社区', from: '街道管理员', note: '' },
      'demo-admin',
      past,
    );
    assert.ok(inv.ok);
    await cloud.db.insert('invitations', [{ ...inv.data }]);
    const p = person(cloud, 'p-late');
    assert.equal((await p('people', { action: 'preview', token })).data.status, 'expired');
    assert.equal((await p('people', { action: 'accept', token })).error?.code, 'INVITE.EXPIRED');
    const list = await admin()('people', { action: 'invitations', page: 0 });
    assert.equal(list.data.items.find((i: { invitationId: string }) => i.invitationId === tokenHash(token))?.status, 'expired');
  });

  test('a revoked invitation is refused at once (INVITE.REVOKED); an unknown token is INVITE.NOT_FOUND', async () => {
    const token = await invite({ role: 'helper', scope: { kind: 'community', id: 'c-jinding' } });
    const r = await admin()('people', { action: 'revoke_invitation', invitationId: tokenHash(token), reason: '发错人了' });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.equal((await person(cloud, 'p-too-late')('people', { action: 'accept', token })).error?.code, 'INVITE.REVOKED');
    const again = await admin()('people', { action: 'revoke_invitation', invitationId: tokenHash(token), reason: '再撤一次' });
    assert.equal(again.error?.code, 'INVITE.REVOKED');
    assert.equal(
      (await person(cloud, 'p-x')('people', { action: 'accept', token: 'noSuchTokenAtAll0000' })).error?.code,
      'INVITE.NOT_FOUND',
    );
  });

  test('scopes are checked: a role takes only its scope kinds, and the scope must exist', async () => {
    const wrong = await admin()('people', { action: 'invite', role: 'leader', scope: { kind: 'community', id: 'c-jinding' }, note: '' });
    assert.equal(wrong.error?.code, 'INPUT.INVALID');
    const missing = await admin()('people', { action: 'invite', role: 'helper', scope: { kind: 'community', id: 'c-nowhere' }, note: '' });
    assert.equal(missing.error?.code, 'SCOPE.NOT_FOUND');
    // A new 爱心商户 is made with its merchant's invitation.
    const token = await invite({ role: 'merchant', scope: { kind: 'shop', id: 'shop-xingfu' }, shopName: '幸福超市' });
    assert.equal((cloud.db.get('shops').docs.get('shop-xingfu') as unknown as { name: string }).name, '幸福超市');
    const a = await person(cloud, 'p-merchant')('people', { action: 'accept', token, name: '赵老板' });
    assert.deepEqual(a.data.scope, { kind: 'shop', id: 'shop-xingfu', name: '幸福超市' });
  });

  test('only an admin invites, lists, revokes and reads the record', async () => {
    for (const who of ['demo-dispatcher', 'demo-leader', 'demo-resident', 'p-new-dispatcher']) {
      const p = person(cloud, who);
      for (const event of [
        { action: 'invite', role: 'admin', scope: { kind: 'street', id: 's-ximahe' }, note: '' },
        { action: 'invitations', page: 0 },
        { action: 'people', page: 0 },
        { action: 'audit', page: 0 },
        { action: 'revoke_grant', personId: 'demo-admin', role: 'admin', reason: '越权尝试' },
      ])
        assert.equal((await p('people', event)).error?.code, 'AUTH.FORBIDDEN', `${who} ${event.action}`);
    }
  });
});

describe('grants: leaders, revocation, the record', () => {
  test('a leader invitation leads that team only: approve and members there, not in another team', async () => {
    const token = await invite({ role: 'leader', scope: { kind: 'team', id: 't-jiankang' } });
    const leader = person(cloud, 'p-leader');
    assert.equal((await leader('people', { action: 'accept', token })).ok, true);
    const members = await leader('volunteer', { action: 'members', teamId: 't-jiankang' });
    assert.equal(members.ok, true, JSON.stringify(members.error));
    assert.equal((await leader('volunteer', { action: 'members', teamId: 't-lexiujiang' })).error?.code, 'AUTH.FORBIDDEN');
    assert.equal((await leader('volunteer', { action: 'approve', membershipId: 't-jiankang_app-jiankang' })).ok, true);
    assert.equal((await leader('volunteer', { action: 'approve', membershipId: 't-lexiujiang_app-lexiu' })).error?.code, 'TEAM.NOT_FOUND');

    // Revoking the grant ends the leadership and drops the role name (no other leader grant remains).
    const r = await admin()('people', {
      action: 'revoke_grant',
      personId: 'p-leader',
      role: 'leader',
      scope: { kind: 'team', id: 't-jiankang' },
      reason: '换届',
    });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.deepEqual(r.data.roles, ['resident']);
    assert.equal((await leader('volunteer', { action: 'members', teamId: 't-jiankang' })).error?.code, 'AUTH.FORBIDDEN');
  });

  test('revoke_grant removes the role: the dispatcher can no longer open the queue; twice is GRANT.NOT_FOUND', async () => {
    const scope = { kind: 'community', id: 'c-jinding' };
    const event = { action: 'revoke_grant', personId: 'p-new-dispatcher', role: 'dispatcher', scope, reason: '调离岗位' };
    const r = await admin()('people', event);
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.equal(r.data.roles.includes('dispatcher'), false);
    assert.equal((await person(cloud, 'p-new-dispatcher')('dispatch', { action: 'queue', page: 0 })).error?.code, 'AUTH.FORBIDDEN');
    assert.equal((await admin()('people', event)).error?.code, 'GRANT.NOT_FOUND');
  });

  test('the last admin cannot revoke their own role', async () => {
    const scope = { kind: 'street', id: 's-ximahe' };
    const r = await admin()('people', { action: 'revoke_grant', personId: 'demo-admin', role: 'admin', scope, reason: '测试最后一位' });
    assert.equal(r.error?.code, 'GRANT.LAST_ADMIN');
  });

  test('people lists the holders of scoped roles with their grants; names known from registration, phones masked', async () => {
    const r = await admin()('people', { action: 'people', page: 0 });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const leader = r.data.items.find((p: { personId: string }) => p.personId === 'demo-leader');
    assert.equal(leader.name, '王建国');
    assert.match(leader.phone, /^1\d{2}\*{4}\d{4}$/);
    const merchant = r.data.items.find((p: { personId: string }) => p.personId === 'p-merchant');
    assert.equal(merchant.name, '赵老板', 'the name given on accepting');
    const unnamed = r.data.items.find((p: { personId: string }) => p.personId === 'p-new-dispatcher');
    assert.equal(unnamed, undefined, 'a revoked dispatcher holds no scoped role any more');
    assert.deepEqual(merchant.grants, [{ role: 'merchant', scope: { kind: 'shop', id: 'shop-xingfu', name: '幸福超市' } }]);
  });

  test('the audit record lists every invitation, acceptance and revocation, newest first, with the reasons', async () => {
    const r = await admin()('people', { action: 'audit', page: 0 });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const items = r.data.items as Array<{ at: string; what: string; why: string; whom: string; scope: { name: string } }>;
    const whats = new Set(items.map((i) => i.what));
    for (const w of ['invite', 'accept', 'revoke_invitation', 'revoke_grant']) assert.ok(whats.has(w), w);
    assert.ok(
      items.every((x, i) => i === 0 || items[i - 1].at >= x.at),
      'newest first',
    );
    assert.ok(items.some((i) => i.what === 'revoke_grant' && i.why === '调离岗位' && i.scope.name === '金鼎社区'));
    assert.ok(items.some((i) => i.what === 'revoke_invitation' && i.why === '发错人了'));
  });

  test('the scopes to pick from, and the invitation code', async () => {
    const s = await admin()('people', { action: 'scopes' });
    assert.deepEqual(s.data.street, [{ id: 's-ximahe', name: '洗马河街道' }]);
    assert.ok(s.data.team.some((t: { id: string }) => t.id === 't-lexiujiang'));
    const token = await dispatcherOfJinding();
    const code = await admin()('people', { action: 'invite_code', token });
    assert.equal(code.ok, true, JSON.stringify(code.error));
    // The code opens the invitation page with the token as its scene (the local cloud's stand-in for a
    // mini-program code is a QR code of that target).
    const png = readPng(Buffer.from(code.data.png, 'base64'));
    const rgba = new Uint8ClampedArray(png.width * png.height * 4);
    for (let y = 0; y < png.height; y++) for (let x = 0; x < png.width; x++) rgba.set(png.pixel(x, y), (y * png.width + x) * 4);
    const target = parseQrContent(jsQR(rgba, png.width, png.height)?.data ?? '');
    assert.deepEqual([target?.page, target?.scene], ['pages/invite/index', token]);
  });

  test('every query was served by a declared index', () => {
    assert.equal(cloud.log.unindexed, 0);
  });
});
