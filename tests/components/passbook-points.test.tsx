// How a passbook line says its points: a sign and a number, or a word where a number would mislead.
import { describe, expect, test } from '@jest/globals';
import { pointsText } from '@/volunteer/components/PassbookEntries';

describe('pointsText', () => {
  test.each([
    ['a credit', 'service_credit', 20, '+20'],
    ['a hold (true minus sign)', 'redemption_hold', -50, '−50'],
    ['a release', 'redemption_release', 50, '+50'],
    ["the counter's confirmation (points left at the hold)", 'redemption', 0, '已兑换'],
    ["a sent-back service's hours", 'service_hours', 0, '只记时长'],
    ['a correction of a credit', 'reversal', -20, '−20'],
  ] as const)('%s', (_name, kind, points, text) => {
    expect(pointsText({ kind, points })).toBe(text);
  });
});
