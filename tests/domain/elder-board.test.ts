// The visit board, purely: days since the last contact and the next due day in business time, the
// state said in words, and who sees an elder's personal data (staff and the named volunteer only).
import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import type { Grant } from '../../src/domain/org/grants';
import type { Role } from '../../src/domain/roles';
import { boardRow, dueOf, elderAccess, elderContact, sinceText, tagsText } from '../../src/domain/visit/board';
import type { Elder } from '../../src/domain/visit/elder';

// 10:00 on 10 March 2026 in Shanghai.
const NOW = new Date('2026-03-10T02:00:00Z');
const at = (shanghai: string) => new Date(`${shanghai}+08:00`);

describe('due and since, in business days', () => {
  test.each([
    ['never reached, due yesterday 23:00', undefined, at('2026-03-09T23:00:00'), 'overdue', null, '2026-03-09', 1, '已逾期 1 天'],
    ['reached today, due later today', at('2026-03-10T08:00:00'), at('2026-03-10T20:00:00'), 'today', 0, '2026-03-10', 0, '今天应访'],
    ['reached 7 days ago, due a minute ago', at('2026-03-03T09:00:00'), at('2026-03-10T09:59:00'), 'today', 7, '2026-03-10', 0, '今天应访'],
    [
      'reached late last night, due in 5 days',
      at('2026-03-09T23:59:00'),
      at('2026-03-15T00:01:00'),
      'upcoming',
      1,
      '2026-03-15',
      5,
      '5 天后应访',
    ],
    ['overdue across a month', at('2026-01-20T10:00:00'), at('2026-02-25T10:00:00'), 'overdue', 49, '2026-02-25', 13, '已逾期 13 天'],
    ['nothing planned', at('2026-03-01T10:00:00'), undefined, 'unplanned', 9, null, 0, '待排期'],
  ] as const)('%s', (_n, lastContactAt, nextDueAt, state, since, nextDue, days, text) => {
    assert.deepEqual(dueOf({ lastContactAt, nextDueAt }, NOW), { state, daysSinceContact: since, nextDue, days, text });
  });

  test.each([
    [null, '从未联系'],
    [0, '今天'],
    [12, '12 天'],
  ] as const)('since %j reads %s', (days, text) => assert.equal(sinceText(days), text));
  test('tags read in Chinese', () => assert.equal(tagsText(['alone', 'disabled']), '独居、残疾'));
});

describe('who sees an elder', () => {
  const elder = { communityId: 'c-jinding', volunteerOpenid: 'vol-1' };
  const g = (role: Grant['role'], kind: 'community' | 'street', id: string): Grant => ({ role, scope: { kind, id } });
  test.each<[string, string, Role[], Grant[], string]>([
    ["the community's helper", 'h', ['helper'], [g('helper', 'community', 'c-jinding')], 'staff'],
    ["another community's helper", 'h', ['helper'], [g('helper', 'community', 'c-qingyun')], 'none'],
    ["the community's dispatcher", 'd', ['dispatcher'], [g('dispatcher', 'community', 'c-jinding')], 'staff'],
    ["another community's dispatcher", 'd', ['dispatcher'], [g('dispatcher', 'community', 'c-qingyun')], 'none'],
    ["the street's dispatcher", 'd', ['dispatcher'], [g('dispatcher', 'street', 's-ximahe')], 'staff'],
    ["the street's admin", 'a', ['admin'], [g('admin', 'street', 's-ximahe')], 'staff'],
    ['the named volunteer', 'vol-1', ['volunteer'], [], 'volunteer'],
    ['another volunteer', 'vol-2', ['volunteer'], [], 'none'],
    ['a resident', 'r', ['resident'], [], 'none'],
  ])('%s: %s', (_n, openid, roles, grants, access) => assert.equal(elderAccess({ openid, roles, grants }, elder), access));

  const e = { name: '张桂兰', room: '502', phone: '0871-63125566', guardian: { name: '李强', phone: '13800000021' } };
  test('staff and the named volunteer see the contact; anyone else a masked name only', () => {
    assert.deepEqual(elderContact(e, 'staff'), { ...e, masked: false });
    assert.deepEqual(elderContact(e, 'volunteer'), { ...e, masked: false });
    assert.deepEqual(elderContact(e, 'none'), { name: '张**', masked: true });
  });

  test('a board row carries no phone, room or guardian, and masks the name for anyone but staff', () => {
    const full: Elder = {
      _id: 'el-1',
      communityId: 'c-jinding',
      buildingId: 'B-0012',
      ...e,
      birthYear: 1940,
      tags: ['alone'],
      consent: { way: 'signed', at: NOW, by: 's' },
      active: true,
      version: 1,
      createdAt: NOW,
      createdBy: 's',
      updatedAt: NOW,
      nextDueAt: at('2026-03-08T10:00:00'),
      unreachableStreak: 2,
      escalatedAt: NOW,
      lastOutcome: 'unreachable',
    };
    const row = boardRow(full, 'staff', NOW);
    assert.deepEqual(Object.keys(row).sort(), ['age', 'due', 'elderId', 'escalated', 'lastOutcome', 'name', 'tags', 'unreachableStreak']);
    assert.deepEqual([row.name, row.age, row.due.text, row.escalated, row.unreachableStreak], ['张桂兰', 86, '已逾期 2 天', true, 2]);
    assert.equal(boardRow(full, 'none', NOW).name, '张**');
  });
});
