// Elders and visit orders for the visit tests (domain and functions), following the Elder interface.
import type { Elder } from '../../src/domain/visit/elder';
import type { VisitOrder } from '../../src/domain/visit/order';

/** 09:00 in Asia/Shanghai on 2026-03-02 (a Monday); birth years are reckoned in 2026. */
export const T0 = new Date('2026-03-02T01:00:00Z');

export function elderOf(over: Partial<Elder> & { _id: string }): Elder {
  return {
    communityId: 'c-jinding',
    buildingId: 'B-0012',
    room: '301',
    name: '王秀英',
    birthYear: 1956,
    tags: [],
    phone: '0871-63125678',
    consent: { way: 'signed', at: T0, by: 'demo-helper' },
    active: true,
    version: 1,
    createdAt: T0,
    createdBy: 'demo-helper',
    updatedAt: T0,
    nextDueAt: T0,
    unreachableStreak: 0,
    ...over,
  };
}

export function orderFor(over: Partial<VisitOrder> = {}): VisitOrder {
  return {
    _id: 'e1:call:2026-03-02',
    elderId: 'e1',
    communityId: 'c-jinding',
    kind: 'call',
    dueDate: '2026-03-02',
    dueAt: new Date('2026-03-02T16:00:00Z'),
    volunteerOpenid: 'o_named',
    status: 'planned',
    version: 0,
    createdAt: T0,
    history: [],
    ...over,
  };
}
