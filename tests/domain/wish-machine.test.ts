// The lifecycle as a hand-written matrix: every action × every status, for the relations that may
// act and for every other relation. Written from the diagram in wish/states.ts, not from TRANSITIONS.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import type { ErrorCode } from '../../src/domain/errors';
import { decideWish, WISH_ACTIONS, type Relation, type WishAction, type WishParams } from '../../src/domain/wish/machine';
import type { Wish } from '../../src/domain/wish/wish';
import { aWish } from './wish-fixture';
import { STATUSES, type Status } from '../../src/domain/wish/states';

// `former` (served it before a redo) may read a wish but never act on it.
const RELATIONS: readonly Relation[] = ['owner', 'member', 'leader', 'claimant', 'dispatcher', 'system', 'former', 'wall', 'attendee'];
const COLUMNS = [
  'submitted',
  'dispatched',
  'claimed',
  'in_service',
  'completed',
  'rated',
  'closed',
  'rejected',
  'cancelled',
  'returned',
  'reopened',
] as const;

// A cell is the target status, or the refusal code: `_` ORDER.INVALID_TRANSITION, and the codes a
// person meets in common situations: C cannot cancel (someone holds it), X already claimed, R already rated.
const _: ErrorCode = 'ORDER.INVALID_TRANSITION';
const C: ErrorCode = 'WISH.CANNOT_CANCEL';
const X: ErrorCode = 'ORDER.ALREADY_CLAIMED';
const R: ErrorCode = 'WISH.ALREADY_RATED';
// N nothing to confirm (no minutes are marked to confirm in these wishes; see wish-machine-service.test.ts).
const N: ErrorCode = 'MINUTES.NOTHING_TO_CONFIRM';
type Cell = Status | ErrorCode;

/** Who may act (and the code anyone else hears, when it is not AUTH.FORBIDDEN). */
const RULES: Record<WishAction, { by: Relation[]; denied?: ErrorCode }> = {
  dispatch: { by: ['dispatcher'] },
  reject: { by: ['dispatcher'] },
  cancel: { by: ['owner'] },
  claim: { by: ['member', 'leader', 'wall', 'attendee'] },
  assign: { by: ['leader'] },
  release: { by: ['claimant', 'leader'] },
  return: { by: ['leader'] },
  plan_visit: { by: ['claimant'] },
  check_in: { by: ['claimant'] },
  complete: { by: ['claimant'], denied: 'ORDER.NOT_CLAIMANT' },
  confirm_minutes: { by: ['leader', 'dispatcher'] },
  rate: { by: ['owner'] },
  close: { by: ['system'] },
  schedule_service_day: { by: ['dispatcher', 'leader'] },
  publish_to_wall: { by: ['dispatcher'] },
  attach_activity: { by: ['dispatcher'] },
  remind: { by: ['system'] },
  escalate: { by: ['system'] },
  auto_release: { by: ['system'] },
};

// One row per action, one column per status.
// prettier-ignore
const MATRIX: Record<WishAction, Cell[]> = {
  //          submitted     dispatched    claimed       in_service   completed  rated     closed  rejected  cancelled  returned      reopened
  dispatch:  ['dispatched', 'dispatched', _,            _,           _,         _,        _,      _,        _,         'dispatched', 'dispatched'],
  reject:    ['rejected',   _,            _,            _,           _,         _,        _,      _,        _,         'rejected',   'rejected'],
  cancel:    ['cancelled',  'cancelled',  C,            C,           C,         C,        C,      _,        _,         'cancelled',  'cancelled'],
  claim:     [_,            'claimed',    X,            X,           X,         X,        X,      _,        _,         _,            _],
  assign:    [_,            'claimed',    X,            X,           X,         X,        X,      _,        _,         _,            _],
  release:   [_,            _,            'dispatched', _,           _,         _,        _,      _,        _,         _,            _],
  return:    [_,            'returned',   'returned',   _,           _,         _,        _,      _,        _,         _,            _],
  plan_visit: [_,           _,            'claimed',    _,           _,         _,        _,      _,        _,         _,            _],
  check_in:  [_,            _,            'in_service', _,           _,         _,        _,      _,        _,         _,            _],
  complete:  [_,            _,            _,            'completed', _,         _,        _,      _,        _,         _,            _],
  confirm_minutes: [_,       _,            _,            _,           N,         N,        _,      _,        _,         _,            _],
  rate:      [_,            _,            _,            _,           'rated',   R,        _,      _,        _,         _,            R],
  close:     [_,            _,            _,            _,           'closed',  'closed', _,      _,        _,         _,            _],
  schedule_service_day: ['submitted', 'dispatched', 'claimed', _,  _,         _,        _,      _,        _,         'returned',   'reopened'],
  publish_to_wall: ['dispatched', _,         _,            _,           _,         _,        _,      _,        _,         'dispatched', 'dispatched'],
  attach_activity: ['dispatched', _,         _,            _,           _,         _,        _,      _,        _,         'dispatched', 'dispatched'],
  remind:    ['submitted',  'dispatched', _,            _,           _,         _,        _,      _,        _,         'returned',   'reopened'],
  escalate:  [_,            'dispatched', _,            _,           _,         _,        _,      _,        _,         _,            _],
  auto_release: [_,         _,            'dispatched', _,           _,         _,        _,      _,        _,         _,            _],
};

const isStatus = (cell: Cell): cell is Status => (STATUSES as readonly string[]).includes(cell);

const NOW = new Date('2024-05-01T02:00:00Z');

/** A wish every guard lets through (the guards have their own tests), in `status`. */
const wishIn = (status: Status): Wish => aWish({ status, version: 3, teamId: 't-1', wallConsent: true });
const PARAMS: Partial<Record<WishAction, WishParams>> = {
  dispatch: { team: { _id: 't-2' } },
  assign: { target: { openid: 'o_member', teamId: 't-1', status: 'active' } },
  complete: { completion: { summary: '换了灯泡', minutes: 30 } },
  plan_visit: { visit: { date: '2024-05-01', window: 'morning' } },
  rate: { stars: 5 },
  schedule_service_day: { serviceDay: { day: '2024-05-08', dueAt: new Date('2024-05-08T09:30:00Z') } },
  attach_activity: { activity: { _id: 'a-1', communityId: 'c-1', status: 'published', endAt: new Date('2024-05-04T09:00:00Z') } },
};
const decide = (action: WishAction, status: Status, actor: { openid: string; relations: readonly Relation[] }, now: Date) =>
  decideWish(action, wishIn(status), actor, now, PARAMS[action]);

describe('wish machine: the matrix covers the machine', () => {
  it('has a row per action and a column per status', () => {
    assert.deepEqual(Object.keys(MATRIX).sort(), [...WISH_ACTIONS].sort());
    assert.deepEqual(Object.keys(RULES).sort(), [...WISH_ACTIONS].sort());
    for (const cells of Object.values(MATRIX)) assert.equal(cells.length, COLUMNS.length);
    assert.deepEqual([...COLUMNS].sort(), [...STATUSES].sort());
  });
});

for (const action of WISH_ACTIONS) {
  const row = { ...RULES[action], cells: MATRIX[action] };
  describe(`decide(${action})`, () => {
    COLUMNS.forEach((status, i) => {
      const target = row.cells[i];
      const others = RELATIONS.filter((r) => !row.by.includes(r));
      it(`${status}: [${row.by.join(',')}] → ${target}; anyone else → ${row.denied ?? 'AUTH.FORBIDDEN'}`, () => {
        for (const relation of row.by) {
          const result = decide(action, status, { openid: 'o_actor', relations: [relation] }, NOW);
          if (isStatus(target)) assert.deepEqual(result.ok && result.data.to, target, `as ${relation}: ${JSON.stringify(result)}`);
          else assert.equal(!result.ok && result.error.code, target, `as ${relation}`);
        }
        // Everyone else is refused before the state is looked at (no state leaks to strangers).
        for (const relations of [[], ...others.map((r) => [r]), others]) {
          const result = decide(action, status, { openid: 'o_actor', relations }, NOW);
          assert.equal(!result.ok && result.error.code, row.denied ?? 'AUTH.FORBIDDEN', `as [${relations.join(',')}]`);
        }
      });
    });
  });
}

describe('schedule_service_day (服务日)', () => {
  const params = { serviceDay: { day: '2024-05-08', dueAt: new Date('2024-05-08T09:30:00Z') } };
  it('sets the day and the due date, keeps the status, and the history entry records the day', () => {
    const r = decideWish('schedule_service_day', wishIn('dispatched'), { openid: 'o_lead', relations: ['leader'] }, NOW, params);
    assert.ok(r.ok);
    assert.equal(r.data.to, 'dispatched');
    assert.deepEqual(r.data.set, { serviceDay: '2024-05-08', dueAt: new Date('2024-05-08T09:30:00Z') });
    assert.equal((r.data.entry as { serviceDay?: string }).serviceDay, '2024-05-08');
  });
  it('the same day twice is refused (a double tap writes once)', () => {
    const wish = { ...wishIn('submitted'), serviceDay: '2024-05-08' };
    const r = decideWish('schedule_service_day', wish, { openid: 'o_c', relations: ['dispatcher'] }, NOW, params);
    assert.equal(!r.ok && r.error.code, 'ORDER.ALREADY_SCHEDULED');
  });
});
