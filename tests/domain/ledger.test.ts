import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import {
  balancesOf,
  budgetGrant,
  creditEntryId,
  isBalanced,
  passbookOf,
  reversal,
  serviceCredit,
  sponsorAccount,
  type JournalEntry,
} from '../../src/domain/bank/ledger';
import { CATEGORIES, MAX_CREDITED_MINUTES, SERVICE_MENU } from '../../src/domain/menu';

const NOW = new Date('2024-05-01T08:00:00Z');
const sum = (e: JournalEntry) => e.lines.reduce((s, l) => s + l.points, 0);

describe('serviceCredit', () => {
  for (const category of CATEGORIES) {
    it(`${category}: pays ${SERVICE_MENU[category].points} points from the sponsor to the passbook`, () => {
      const e = serviceCredit({ _id: 'w1', category, completion: { minutes: 45 } }, 'o_vol', 'street-xmh', NOW);
      const points = SERVICE_MENU[category].points;
      assert.deepEqual(e.lines, [
        { account: 'sponsor:street-xmh', points: -points },
        { account: 'passbook:o_vol', points },
      ]);
      assert.equal(sum(e), 0);
      assert.ok(isBalanced(e));
      assert.deepEqual(e.accounts, ['sponsor:street-xmh', 'passbook:o_vol']);
      assert.equal(e._id, creditEntryId('w1'));
      assert.equal(e._id, 'credit:w1');
      assert.equal(e.kind, 'service_credit');
      assert.equal(e.wishId, 'w1');
      assert.equal(e.at, NOW);
      assert.match(e.memo, new RegExp(SERVICE_MENU[category].label));
    });
  }

  const minutes: Array<[number | undefined, number]> = [
    [undefined, 0],
    [0, 0],
    [45, 45],
    [MAX_CREDITED_MINUTES, MAX_CREDITED_MINUTES],
    [MAX_CREDITED_MINUTES + 1, MAX_CREDITED_MINUTES],
    [600, 480],
  ];
  for (const [recorded, credited] of minutes) {
    it(`${recorded ?? 'no'} recorded minutes → ${credited} credited`, () => {
      const wish = { _id: 'w1', category: 'repairs' as const, ...(recorded === undefined ? {} : { completion: { minutes: recorded } }) };
      assert.equal(serviceCredit(wish, 'o_vol', 's', NOW).minutes, credited);
    });
  }
});

describe('budgetGrant', () => {
  it('moves points from the head office to the sponsor', () => {
    const e = budgetGrant('grant:s:1', 'street-xmh', 1000, NOW);
    assert.deepEqual(e.lines, [
      { account: 'issuer:head-office', points: -1000 },
      { account: 'sponsor:street-xmh', points: 1000 },
    ]);
    assert.equal(e.kind, 'budget_grant');
    assert.equal(e._id, 'grant:s:1');
  });

  const unbalanced: Array<[string, number]> = [
    ['fractional points', 1.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ];
  for (const [name, points] of unbalanced) {
    it(`throws on an unbalanced entry: ${name}`, () => {
      assert.throws(() => budgetGrant('g', 's', points, NOW), /unbalanced journal entry g/);
    });
  }
});

describe('reversal', () => {
  const credit = serviceCredit({ _id: 'w1', category: 'repairs', completion: { minutes: 45 } }, 'o_vol', 'street-xmh', NOW);
  const later = new Date('2024-05-02T08:00:00Z');
  const r = reversal(credit, later, '评价重办，撤销积分');

  it('negates every line and the minutes', () => {
    assert.deepEqual(
      r.lines,
      credit.lines.map((l) => ({ account: l.account, points: -l.points })),
    );
    assert.equal(r.minutes, -45);
    assert.ok(isBalanced(r));
  });

  it('names what it reverses', () => {
    assert.equal(r._id, 'reversal:credit:w1');
    assert.equal(r.reverses, 'credit:w1');
    assert.equal(r.kind, 'reversal');
    assert.equal(r.wishId, 'w1');
    assert.equal(r.at, later);
    assert.equal(r.memo, '评价重办，撤销积分');
  });

  it('with the original, nets every account to zero', () => {
    for (const [account, points] of balancesOf([credit, r])) assert.ok(points === 0, account);
  });

  it('of a grant has no minutes or wish', () => {
    const g = reversal(budgetGrant('g1', 's', 10, NOW), later, 'undo');
    assert.equal('minutes' in g, false);
    assert.equal('wishId' in g, false);
  });
});

describe('balancesOf', () => {
  it('sums lines per account', () => {
    const entries = [
      budgetGrant('g1', 's1', 100, NOW),
      serviceCredit({ _id: 'w1', category: 'repairs' }, 'o_a', 's1', NOW), // 20
      serviceCredit({ _id: 'w2', category: 'haircut' }, 'o_a', 's1', NOW), // 10
      serviceCredit({ _id: 'w3', category: 'cleaning' }, 'o_b', 's1', NOW), // 15
    ];
    assert.deepEqual(Object.fromEntries(balancesOf(entries)), {
      'issuer:head-office': -100,
      [sponsorAccount('s1')]: 55,
      [passbookOf('o_a')]: 30,
      [passbookOf('o_b')]: 15,
    });
  });

  it('is empty for no entries', () => assert.equal(balancesOf([]).size, 0));
});

describe('isBalanced', () => {
  const cases: Array<[string, Array<{ account: `passbook:${string}`; points: number }>, boolean]> = [
    [
      'two lines summing to 0',
      [
        { account: 'passbook:a', points: 5 },
        { account: 'passbook:b', points: -5 },
      ],
      true,
    ],
    ['one line', [{ account: 'passbook:a', points: 0 }], false],
    ['no lines', [], false],
    [
      'sum not 0',
      [
        { account: 'passbook:a', points: 5 },
        { account: 'passbook:b', points: -4 },
      ],
      false,
    ],
    [
      'fractions summing to 0',
      [
        { account: 'passbook:a', points: 0.5 },
        { account: 'passbook:b', points: -0.5 },
      ],
      false,
    ],
  ];
  for (const [name, lines, expected] of cases) it(`${name} → ${expected}`, () => assert.equal(isBalanced({ lines }), expected));
});
