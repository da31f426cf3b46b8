import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { AT_CENTRE, STATUS_GROUP, STATUS_LABELS, STATUSES, statusesIn, type StatusGroup } from '../../src/domain/wish/states';

const GROUPS: StatusGroup[] = ['open', 'done', 'closed'];
const EXPECTED: Record<StatusGroup, string[]> = {
  open: ['submitted', 'dispatched', 'claimed', 'in_service', 'returned', 'reopened'],
  done: ['completed', 'rated'],
  closed: ['closed', 'rejected', 'cancelled'],
};

describe('wish states', () => {
  it('every status is in exactly one group', () => {
    for (const status of STATUSES) {
      assert.equal(GROUPS.filter((g) => statusesIn(g).includes(status)).length, 1, status);
    }
    assert.equal(GROUPS.flatMap(statusesIn).length, STATUSES.length);
    assert.deepEqual(Object.keys(STATUS_GROUP).sort(), [...STATUSES].sort());
  });

  for (const group of GROUPS) {
    it(`group ${group} is ${EXPECTED[group].join(', ')}`, () => {
      assert.deepEqual(statusesIn(group).sort(), [...EXPECTED[group]].sort());
    });
  }

  it('every status has a distinct Chinese label', () => {
    assert.deepEqual(Object.keys(STATUS_LABELS).sort(), [...STATUSES].sort());
    for (const status of STATUSES) assert.match(STATUS_LABELS[status], /[\u4e00-\u9fa5]/, status);
    assert.equal(new Set(Object.values(STATUS_LABELS)).size, STATUSES.length);
  });

  it("the centre's queue is the open statuses waiting for a dispatch", () => {
    assert.deepEqual([...AT_CENTRE].sort(), ['reopened', 'returned', 'submitted']);
    for (const status of AT_CENTRE) assert.equal(STATUS_GROUP[status], 'open');
  });
});
