import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { isRole, ROLE_LABELS, ROLES } from '../../src/domain/roles';
import { actionSchemas, isFunctionName, registry, UserEvent, WhoamiOutput } from '../../src/domain/schemas';
import { validate } from '../../src/domain/validate';

describe('user schemas', () => {
  const events: Array<{ event: unknown; ok: boolean }> = [
    { event: { action: 'whoami' }, ok: true },
    { event: { action: 'whoami', openid: 'spoofed' }, ok: false },
    { event: { action: 'nope' }, ok: false },
    { event: {}, ok: false },
    { event: null, ok: false },
  ];
  for (const { event, ok } of events) {
    it(`UserEvent ${ok ? 'accepts' : 'rejects'} ${JSON.stringify(event)}`, () => {
      assert.equal(validate(UserEvent, event).ok, ok);
    });
  }

  const outputs: Array<{ output: unknown; ok: boolean }> = [
    { output: { openid: 'o_1', roles: [] }, ok: true },
    { output: { openid: 'o_1', roles: ['volunteer', 'admin'] }, ok: true },
    { output: { openid: 'o_1', roles: ['king'] }, ok: false },
    { output: { openid: '', roles: [] }, ok: false },
    { output: { openid: 'o_1', roles: [], phone: '138' }, ok: false },
  ];
  for (const { output, ok } of outputs) {
    it(`WhoamiOutput ${ok ? 'accepts' : 'rejects'} ${JSON.stringify(output)}`, () => {
      assert.equal(validate(WhoamiOutput, output).ok, ok);
    });
  }
});

describe('registry', () => {
  it('every action has input and output schemas, and the input names its action', () => {
    for (const [fn, actions] of Object.entries(registry)) {
      assert.ok(isFunctionName(fn));
      for (const [action, schemas] of Object.entries(actions)) {
        // { action } alone may lack required fields, but never fails on the action itself.
        const result = validate(schemas.input, { action });
        const onAction = result.ok ? [] : (result.error.issues ?? []).filter((i) => i.path === 'action');
        assert.deepEqual(onAction, [], `${fn}/${action} accepts its own action name`);
        assert.equal(validate(schemas.input, { action: `${action}_x` }).ok, false, `${fn}/${action} rejects another action name`);
        assert.equal(typeof schemas.output.safeParse, 'function');
      }
    }
  });

  it('looks actions up without prototype keys', () => {
    assert.ok(actionSchemas('user', 'whoami'));
    assert.equal(actionSchemas('user', 'toString'), undefined);
    assert.equal(actionSchemas('user', 'nope'), undefined);
    assert.equal(isFunctionName('constructor'), false);
  });
});

describe('roles', () => {
  it('has the seven roles with Chinese labels', () => {
    assert.deepEqual([...ROLES], ['resident', 'volunteer', 'leader', 'dispatcher', 'admin', 'merchant', 'helper']);
    assert.deepEqual(Object.values(ROLE_LABELS), ['居民', '志愿者', '队长', '派单员', '管理员', '爱心商户', '帮办员']);
    assert.equal(isRole('admin'), true);
    assert.equal(isRole('root'), false);
  });
});
