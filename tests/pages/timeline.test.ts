// A wish's timeline (the resident's detail, the centre's and the volunteer's order): newest first,
// actors as roles (never ids), notes kept.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { wishSteps } from '../../src/components/wish/steps';

const now = new Date('2025-11-23T12:00:00Z');

describe('wishSteps', () => {
  it('starts with the submission and ends with the latest step', () => {
    const steps = wishSteps(
      {
        createdAt: '2025-11-22T06:05:00.000Z',
        proxy: false,
        rating: { stars: 2, at: '2025-11-23T02:00:00.000Z' },
        history: [
          {
            at: '2025-11-22T07:00:00.000Z',
            action: 'dispatch',
            as: 'dispatcher',
            from: 'submitted',
            to: 'dispatched',
            note: '请周三上午上门',
            byMe: false,
          },
          { at: '2025-11-22T08:00:00.000Z', action: 'claim', as: 'member', from: 'dispatched', to: 'claimed', byMe: false },
          { at: '2025-11-22T09:00:00.000Z', action: 'complete', as: 'claimant', from: 'in_service', to: 'completed', byMe: false },
          { at: '2025-11-23T02:00:00.000Z', action: 'rate', as: 'owner', from: 'completed', to: 'reopened', byMe: true },
        ],
      },
      { filedByMe: true, now },
    );
    assert.deepEqual(
      steps.map((s) => [s.title, s.actor, s.time]),
      [
        ['评价2星，中心将安排其他服务队重办', '我', '11月23日 10:00'],
        ['服务完成', '志愿者', '11月22日 17:00'],
        ['志愿者已接单', '志愿者', '11月22日 16:00'],
        ['中心已派单给服务队', '派单员', '11月22日 15:00'],
        ['提交心愿', '我', '11月22日 14:05'],
      ],
    );
    assert.equal(steps[3].note, '请周三上午上门');
  });

  it('a reject shows its reason; the system closes', () => {
    const steps = wishSteps(
      {
        createdAt: '2025-11-22T06:05:00.000Z',
        proxy: true,
        history: [
          {
            at: '2025-11-22T07:00:00.000Z',
            action: 'reject',
            as: 'dispatcher',
            from: 'submitted',
            to: 'rejected',
            note: '不在服务范围',
            byMe: false,
          },
        ],
      },
      { filedByMe: true, now },
    );
    assert.deepEqual(
      steps.map((s) => s.title),
      ['中心未受理', '帮办员代为提交心愿'],
    );
    assert.equal(steps[0].note, '不在服务范围');
  });
});

describe('wishSteps for the centre and volunteers', () => {
  it('the first step is the resident (or the 帮办员), never 我', () => {
    const history = [
      {
        at: '2025-11-22T07:00:00.000Z',
        action: 'dispatch' as const,
        as: 'dispatcher' as const,
        from: 'submitted' as const,
        to: 'dispatched' as const,
        byMe: true,
      },
    ];
    const own = wishSteps({ createdAt: '2025-11-22T06:05:00.000Z', proxy: false, history }, { now });
    assert.deepEqual(
      own.map((s) => [s.title, s.actor]),
      [
        ['中心已派单给服务队', '我'],
        ['提交心愿', '居民'],
      ],
    );
    const proxied = wishSteps({ createdAt: '2025-11-22T06:05:00.000Z', proxy: true, history: [] }, { now });
    assert.deepEqual(
      proxied.map((s) => [s.title, s.actor]),
      [['帮办员代为提交心愿', '帮办员']],
    );
  });
});
