// Repairs at cost: what a household pays and what the community's fund pays, per tier, in fen.
import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { formatFen, parseYuan, yuanText } from '../../../src/domain/money/fen';
import { PriceSettings, priceAgreed, quoteOf, quoteText, tierOfBasis, type PriceSettings as Prices } from '../../../src/domain/money/price';
import { SETTINGS, settingValue } from '../../../src/domain/settings';

const PRICES: Prices = {
  items: [
    { category: 'repairs', marketFen: 10_000, materialFen: 1_200, ordinaryPercent: 90 },
    // 333 × 90 / 100 = 299.7 → 299 (down, in the household's favour); the fund pays 34.
    { category: 'cleaning', marketFen: 333, materialFen: 0, ordinaryPercent: 90 },
  ],
};

describe('quoteOf', () => {
  test.each([
    ['ordinary: 90% of market', 'repairs', 'ordinary', { householdFen: 9_000, fundFen: 1_000, basis: 'discount' }],
    ['低保: material cost only', 'repairs', 'dibao', { householdFen: 1_200, fundFen: 8_800, basis: 'material' }],
    ['特困: nothing', 'repairs', 'tekun', { householdFen: 0, fundFen: 10_000, basis: 'free' }],
    ['rounding: down to the fen', 'cleaning', 'ordinary', { householdFen: 299, fundFen: 34, basis: 'discount' }],
    ['低保 with no material: free', 'cleaning', 'dibao', { householdFen: 0, fundFen: 333, basis: 'material' }],
  ] as const)('%s', (_name, category, tier, expected) => {
    const q = quoteOf(PRICES, category, tier)!;
    assert.deepEqual({ householdFen: q.householdFen, fundFen: q.fundFen, basis: q.basis }, expected);
    assert.equal(q.householdFen + q.fundFen, q.marketFen, 'the shares add up to the market price');
    assert.ok(Number.isInteger(q.householdFen) && Number.isInteger(q.fundFen));
  });

  test('each tier is found again from its quote', () => {
    for (const tier of ['ordinary', 'dibao', 'tekun'] as const) assert.equal(tierOfBasis(quoteOf(PRICES, 'repairs', tier)!.basis), tier);
  });

  test('a category without a price is free as before: no quote', () => {
    for (const tier of ['ordinary', 'dibao', 'tekun'] as const) assert.equal(quoteOf(PRICES, 'haircut', tier), undefined);
  });

  test('every percentage and market price: integer shares that add up, the household never above market', () => {
    for (let market = 1; market <= 2_000; market += 7)
      for (let percent = 1; percent <= 100; percent += 3) {
        const q = quoteOf(
          { items: [{ category: 'repairs', marketFen: market, materialFen: 0, ordinaryPercent: percent }] },
          'repairs',
          'ordinary',
        )!;
        assert.ok(Number.isInteger(q.householdFen) && q.householdFen >= 0 && q.householdFen <= market);
        assert.equal(q.householdFen + q.fundFen, market);
      }
  });
});

describe('the amount the household agreed to (what the form showed)', () => {
  test.each([
    ['a free category needs none', undefined, undefined, true],
    ['a free category with an amount sent anyway', undefined, 500, true],
    ['priced, nothing shown', 1_200, undefined, false],
    ['the amount shown', 1_200, 1_200, true],
    ['the price rose after it was shown', 1_200, 1_199, false],
    ['the price fell after it was shown', 1_200, 9_000, true],
    ['free for this household, shown as 0', 0, 0, true],
    ['free for this household, nothing shown', 0, undefined, false],
  ])('%s', (_name, householdFen, agreedFen, agreed) => {
    assert.equal(priceAgreed(householdFen === undefined ? undefined : { householdFen }, agreedFen), agreed);
  });
});

describe('what the resident reads', () => {
  test.each([
    [{ householdFen: 1_200, basis: 'material' }, '您需支付 ¥12.00（材料费）'],
    [{ householdFen: 9_005, basis: 'discount' }, '您需支付 ¥90.05（优惠价）'],
    [{ householdFen: 0, basis: 'free' }, '本次服务免费'],
  ] as const)('%j → %s', (quote, text) => assert.equal(quoteText(quote), text));

  test.each([
    [{ householdFen: 1_200, basis: 'material' }, '老人需支付 ¥12.00（材料费）'],
    [{ householdFen: 0, basis: 'free' }, '本次服务免费'],
  ] as const)('on a visit, the volunteer reads for the elder: %j → %s', (quote, text) => assert.equal(quoteText(quote, '老人'), text));

  test('fen as yuan', () => {
    assert.deepEqual([0, 5, 100, 123456, -250].map(formatFen), ['¥0.00', '¥0.05', '¥1.00', '¥1234.56', '-¥2.50']);
  });
});

describe('the prices setting', () => {
  test('none by default (every category free); a stored value that no longer parses falls back', () => {
    assert.deepEqual(SETTINGS.prices.defaults, { items: [] });
    assert.deepEqual(settingValue('prices', { value: { items: [{ category: 'repairs', marketFen: -1 }] } }), { items: [] });
  });

  const price = (p: object) => ({ category: 'repairs', marketFen: 100, materialFen: 0, ordinaryPercent: 90, ...p });
  test.each([
    ['material above market', [price({ materialFen: 200 })], '材料费不能高于市场价'],
    ['fractional fen', [price({ marketFen: 100.5 })], '金额以分为单位，须为整数'],
    ['percent above 100', [price({ ordinaryPercent: 120 })], '比例须在1到100之间'],
    ['no such category', [price({ category: 'sofa' })], '请选择服务类别'],
    ['a category priced twice', [price({}), price({ marketFen: 200 })], '每个服务类别只能定一个价格'],
  ])('refused: %s', (_name, items, message) => {
    const r = PriceSettings.safeParse({ items });
    assert.equal(r.success, false);
    if (message)
      assert.ok(
        r.error!.issues.some((i) => i.message === message),
        JSON.stringify(r.error!.issues),
      );
  });
});

describe('yuan typed by an admin', () => {
  test.each([
    ['12', 1200],
    ['12.5', 1250],
    ['12.05', 1205],
    [' 0.01 ', 1],
    ['0.1', 10],
    ['12.345', undefined],
    ['-1', undefined],
    ['1e3', undefined],
    ['', undefined],
  ])('%j → %j fen', (text, fen) => assert.equal(parseYuan(text), fen));
  test('and back', () => assert.deepEqual([1205, 0, 100].map(yuanText), ['12.05', '0.00', '1.00']));
});
