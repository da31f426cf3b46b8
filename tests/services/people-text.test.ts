// What the invitation pages say: the title and share card, the token read from a link or a code.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { SCOPED_ROLES } from '../../src/domain/org/grants';
import { INVITATION_REFUSAL, inviteTitle, ROLE_POWERS, scopeText, shareTitle, tokenFromQuery } from '../../src/services/peopleText';
import { MESSAGES } from '../../src/services/messages';

describe('invitation texts', () => {
  it('say the role and the scope as people read them', () => {
    assert.equal(inviteTitle('dispatcher', '金鼎社区'), '邀请您成为 金鼎社区 的 派单员');
    assert.equal(shareTitle('dispatcher', '金鼎社区'), '邀请您成为金鼎社区派单员');
    assert.equal(scopeText({ kind: 'team', id: 't-1', name: '乐修匠志愿服务队' }), '乐修匠志愿服务队（队伍）');
  });
  it('every scoped role says what it can do and where to start; every closed status has its message', () => {
    for (const role of SCOPED_ROLES) assert.ok(ROLE_POWERS[role].can && ROLE_POWERS[role].url.startsWith('/'), role);
    for (const code of Object.values(INVITATION_REFUSAL)) if (code) assert.ok(MESSAGES[code]);
  });
  it('read the token from ?t= (a link) or ?scene= (a mini-program code, URL-encoded); anything else is no token', () => {
    assert.equal(tokenFromQuery({ t: 'AbCdEfGhIjKlMnOpQrStUv' }), 'AbCdEfGhIjKlMnOpQrStUv');
    assert.equal(tokenFromQuery({ scene: encodeURIComponent('AbCd-fGhIjKlMnOpQrSt_v') }), 'AbCd-fGhIjKlMnOpQrSt_v');
    assert.equal(tokenFromQuery({ t: 'short' }), undefined);
    assert.equal(tokenFromQuery({ t: '{"$gt":""}xxxxxxxxxxxxxxxx' }), undefined);
    assert.equal(tokenFromQuery({}), undefined);
  });
});
