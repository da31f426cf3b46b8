// rate's stars, the history entry that decide() returns, and isLegalHistory.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import {
  decideWish,
  isLegalHistory,
  REOPEN_AT_OR_BELOW,
  type HistoryEntry,
  type Relation,
  type WishAction,
  type WishParams,
} from '../../src/domain/wish/machine';
import type { Status } from '../../src/domain/wish/states';
import type { Wish } from '../../src/domain/wish/wish';

const NOW = new Date('2024-05-01T02:00:00Z');
const owner = { openid: 'o_owner', relations: ['owner'] as const };
const wishIn = (status: Status) =>
  ({ _id: 'w_1', status, version: 1, filedBy: 'o_owner', teamId: 't-1', excludedTeamIds: [] as string[] }) as unknown as Wish;
const decide = (
  action: WishAction,
  status: Status,
  actor: { openid: string; relations: readonly Relation[] },
  now: Date,
  params: WishParams = {},
) => decideWish(action, wishIn(status), actor, now, params);

describe('rate: stars decide rated or reopened', () => {
  it('reopens at or below 2 stars', () => assert.equal(REOPEN_AT_OR_BELOW, 2));
  const cases: Array<[number, string]> = [
    [1, 'reopened'],
    [2, 'reopened'],
    [3, 'rated'],
    [4, 'rated'],
    [5, 'rated'],
  ];
  for (const [stars, to] of cases) {
    it(`${stars} star(s) → ${to}`, () => {
      const result = decide('rate', 'completed', owner, NOW, { stars });
      assert.ok(result.ok);
      assert.equal(result.data.to, to);
      assert.equal(result.data.entry.to, to);
      assert.equal(result.data.entry.action, 'rate');
    });
  }
});

describe('decide: the history entry', () => {
  const cases: Array<{ name: string; call: Parameters<typeof decide>; entry: HistoryEntry }> = [
    {
      name: 'dispatch with a note',
      call: ['dispatch', 'submitted', { openid: 'o_disp', relations: ['dispatcher'] }, NOW, { note: '周三志愿日', team: { _id: 't-2' } }],
      entry: { at: NOW, by: 'o_disp', as: 'dispatcher', action: 'dispatch', from: 'submitted', to: 'dispatched', note: '周三志愿日' },
    },
    {
      name: 'claim by a leader who is also a member: the first relation of the rule',
      call: ['claim', 'dispatched', { openid: 'o_lead', relations: ['member', 'leader'] }, NOW],
      entry: { at: NOW, by: 'o_lead', as: 'member', action: 'claim', from: 'dispatched', to: 'claimed' },
    },
    {
      name: 'release by the claimant who also leads the team',
      call: ['release', 'claimed', { openid: 'o_vol', relations: ['leader', 'claimant'] }, NOW],
      entry: { at: NOW, by: 'o_vol', as: 'claimant', action: 'release', from: 'claimed', to: 'dispatched' },
    },
    {
      name: 'close by the system',
      call: ['close', 'completed', { openid: 'system', relations: ['system'] }, NOW],
      entry: { at: NOW, by: 'system', as: 'system', action: 'close', from: 'completed', to: 'closed' },
    },
    {
      name: 'an empty note is left out',
      call: ['cancel', 'submitted', { openid: 'o_owner', relations: ['owner'] }, NOW, { note: '' }],
      entry: { at: NOW, by: 'o_owner', as: 'owner', action: 'cancel', from: 'submitted', to: 'cancelled' },
    },
  ];
  for (const { name, call, entry } of cases) {
    it(name, () => {
      const result = decide(...call);
      assert.ok(result.ok);
      assert.deepEqual(result.data.entry, entry);
      assert.equal('note' in result.data.entry, 'note' in entry);
    });
  }
});

type Step = Pick<HistoryEntry, 'action' | 'from' | 'to'>;
const s = (action: Step['action'], from: Step['from'], to: Step['to']): Step => ({ action, from, to });

describe('isLegalHistory', () => {
  const cases: Array<{ name: string; path: Step[]; legal: boolean }> = [
    { name: 'empty', path: [], legal: true },
    {
      name: 'the whole five-order loop',
      path: [
        s('dispatch', 'submitted', 'dispatched'),
        s('claim', 'dispatched', 'claimed'),
        s('check_in', 'claimed', 'in_service'),
        s('complete', 'in_service', 'completed'),
        s('rate', 'completed', 'rated'),
        s('close', 'rated', 'closed'),
      ],
      legal: true,
    },
    {
      name: 'bad rating, redispatched, served again',
      path: [
        s('dispatch', 'submitted', 'dispatched'),
        s('assign', 'dispatched', 'claimed'),
        s('check_in', 'claimed', 'in_service'),
        s('complete', 'in_service', 'completed'),
        s('rate', 'completed', 'reopened'),
        s('dispatch', 'reopened', 'dispatched'),
        s('claim', 'dispatched', 'claimed'),
        s('check_in', 'claimed', 'in_service'),
        s('complete', 'in_service', 'completed'),
        s('close', 'completed', 'closed'),
      ],
      legal: true,
    },
    {
      name: 'returned then rejected',
      path: [s('dispatch', 'submitted', 'dispatched'), s('return', 'dispatched', 'returned'), s('reject', 'returned', 'rejected')],
      legal: true,
    },
    {
      name: 'released and claimed again',
      path: [
        s('dispatch', 'submitted', 'dispatched'),
        s('claim', 'dispatched', 'claimed'),
        s('release', 'claimed', 'dispatched'),
        s('claim', 'dispatched', 'claimed'),
      ],
      legal: true,
    },
    {
      name: 'cancelled before a claim',
      path: [s('dispatch', 'submitted', 'dispatched'), s('cancel', 'dispatched', 'cancelled')],
      legal: true,
    },
    { name: 'does not start at submitted', path: [s('claim', 'dispatched', 'claimed')], legal: false },
    { name: 'a gap between steps', path: [s('dispatch', 'submitted', 'dispatched'), s('check_in', 'claimed', 'in_service')], legal: false },
    { name: 'wrong target', path: [s('dispatch', 'submitted', 'claimed')], legal: false },
    {
      name: 'rate to a status other than rated/reopened',
      path: [
        s('dispatch', 'submitted', 'dispatched'),
        s('claim', 'dispatched', 'claimed'),
        s('check_in', 'claimed', 'in_service'),
        s('complete', 'in_service', 'completed'),
        s('rate', 'completed', 'closed'),
      ],
      legal: false,
    },
    { name: 'reopened by anything but rate', path: [s('reject', 'submitted', 'reopened')], legal: false },
    {
      name: 'cancel after a claim',
      path: [s('dispatch', 'submitted', 'dispatched'), s('claim', 'dispatched', 'claimed'), s('cancel', 'claimed', 'cancelled')],
      legal: false,
    },
    { name: 'anything after closed', path: [s('reject', 'submitted', 'rejected'), s('dispatch', 'rejected', 'dispatched')], legal: false },
  ];
  for (const { name, path, legal } of cases) {
    it(`${name} → ${legal}`, () => assert.equal(isLegalHistory(path), legal));
  }
});
