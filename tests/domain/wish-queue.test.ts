// The centre's workbench: what each tab holds, what the search box asks for, what counts as overdue.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { QueueInput } from '../../src/domain/schemas/dispatch';
import { STATUSES, STATUS_GROUP, type Status } from '../../src/domain/wish/states';
import { COUNT_CAP, countLabel, literalPattern, parseQueueSearch, phoneTailOf, QUEUE_TABS, queueFilter } from '../../src/domain/wish/queue';
import { newWish } from '../../src/domain/wish/wish';

const NOW = new Date('2026-12-01T02:00:00Z');

describe('queueFilter: the statuses of each tab', () => {
  const cases: Array<[(typeof QUEUE_TABS)[number], Status[], 'asc' | 'desc', boolean]> = [
    ['waiting', ['submitted', 'returned', 'reopened'], 'asc', false],
    ['dispatched', ['dispatched'], 'asc', false],
    ['serving', ['claimed', 'in_service'], 'asc', false],
    ['overdue', ['submitted', 'dispatched', 'claimed', 'in_service', 'returned', 'reopened'], 'asc', true],
    ['sent_back', ['reopened', 'returned'], 'asc', false],
    ['ended', ['rated', 'closed', 'rejected', 'cancelled'], 'desc', false],
  ];
  for (const [tab, statuses, order, overdue] of cases) {
    it(`${tab}: ${statuses.join(', ')}${overdue ? ', due before now' : ''}`, () => {
      const f = queueFilter(tab, undefined, NOW);
      assert.deepEqual([...f.statuses].sort(), [...statuses].sort());
      assert.equal(f.order, order);
      assert.equal(f.dueBefore, overdue ? NOW : undefined);
      assert.equal('search' in f, false);
    });
  }

  it('every tab is in the schema, and every status is in some tab except the done ones waiting for a rating', () => {
    assert.deepEqual(QueueInput.shape.tab.unwrap().options, [...QUEUE_TABS]);
    const covered = new Set(QUEUE_TABS.flatMap((t) => queueFilter(t, undefined, NOW).statuses));
    assert.deepEqual(
      STATUSES.filter((s) => !covered.has(s)),
      ['completed'],
    );
    // 已超时 is exactly the open group
    assert.deepEqual(
      queueFilter('overdue', undefined, NOW).statuses,
      STATUSES.filter((s) => STATUS_GROUP[s] === 'open'),
    );
  });
});

describe('parseQueueSearch: one box, three searches', () => {
  const cases: Array<[string, ReturnType<typeof parseQueueSearch>]> = [
    ['5678', { by: 'phoneTail', value: '5678' }],
    [' 5678 ', { by: 'phoneTail', value: '5678' }],
    ['B-0012', { by: 'building', value: 'B-0012' }],
    ['b0012', { by: 'building', value: 'B-0012' }],
    ['水龙头', { by: 'text', value: '水龙头' }],
    ['567', { by: 'text', value: '567' }],
    ['13912345678', { by: 'text', value: '13912345678' }],
    ['', undefined],
    ['   ', undefined],
  ];
  for (const [q, expected] of cases)
    it(`${JSON.stringify(q)} → ${JSON.stringify(expected)}`, () => assert.deepEqual(parseQueueSearch(q), expected));

  it('queueFilter carries the parsed search', () => {
    assert.deepEqual(queueFilter('waiting', 'B-0012', NOW).search, { by: 'building', value: 'B-0012' });
  });
});

describe('literalPattern', () => {
  const cases = ['a.b', '(急)', 'x*y+z?', '[1]{2}', 'a|b', '^$', 'a\\b', '3-201'];
  for (const text of cases)
    it(`${JSON.stringify(text)} matches itself only`, () => {
      const re = new RegExp(literalPattern(text));
      assert.ok(re.test(`前${text}后`));
      assert.equal(re.test(text.replace(/[^\w]/g, 'Q')), false);
    });
});

describe('phoneTail', () => {
  it('is the last 4 digits, stored by newWish', () => {
    assert.equal(phoneTailOf('13912345678'), '5678');
    const wish = newWish(
      {
        category: 'repairs',
        description: '灯坏了',
        urgency: 'normal',
        preferredTime: { date: '2026-12-02', window: 'any' },
        photos: [],
        room: '201',
        contact: { name: '张三', phone: '13800001234' },
        proxy: false,
      },
      { buildingId: 'B-1', communityId: 'c-1', sponsorId: 's-1' },
      'o_owner',
      NOW,
      NOW,
    );
    assert.equal(wish.phoneTail, '1234');
  });
});

describe('countLabel: exact up to the cap, 「99+」 beyond', () => {
  const cases: Array<[number, string]> = [
    [0, '0'],
    [7, '7'],
    [COUNT_CAP, '99'],
    [COUNT_CAP + 1, '99+'],
  ];
  it.each(cases)('%i reads %s', (n, label) => assert.equal(countLabel(n), label));
});
