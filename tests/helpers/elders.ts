// An elder of 乐修匠's pool in 金鼎社区 (registered by the demo helper) and one call order due today,
// stored directly for tests that need a visit order to act on.
import type { LocalCloud } from '../../localcloud';
import { addDays, businessDate } from '../../src/domain/time';

/** Stores the elder and the order (planned and due tomorrow unless `order` says otherwise): the order's id. */
export async function storeElderVisit(
  cloud: LocalCloud,
  elderId: string,
  opts: { phone?: string; order?: Record<string, unknown> } = {},
): Promise<string> {
  const now = new Date();
  const dueDate = businessDate(now);
  const team = 't-lexiujiang';
  await cloud.db.insert('elders', [
    {
      _id: elderId,
      communityId: 'c-jinding',
      buildingId: 'B-0012',
      room: '301',
      name: '王秀英',
      birthYear: 1945,
      tags: [],
      phone: opts.phone ?? '0871-63125678',
      teamId: team,
      consent: { way: 'signed', at: now, by: 'demo-helper' },
      active: true,
      version: 1,
      createdAt: now,
      createdBy: 'demo-helper',
      updatedAt: now,
      unreachableStreak: 0,
    },
  ]);
  const visitId = `${elderId}:call:${dueDate}`;
  await cloud.db.insert('visits', [
    {
      _id: visitId,
      elderId,
      communityId: 'c-jinding',
      kind: 'call',
      dueDate,
      dueAt: addDays(now, 1),
      teamId: team,
      status: 'planned',
      version: 0,
      createdAt: now,
      history: [],
      ...opts.order,
    },
  ]);
  return visitId;
}
