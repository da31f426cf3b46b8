// Certificates in the domain: the GB 11643 check character, masking, periods, the hours and content
// from journal entries, numbers, and what a verification page may show.
import { describe, expect, test } from '@jest/globals';
import {
  certNumber,
  CERT_NUMBER,
  checkCharsOf,
  contentText,
  hoursText,
  maskedView,
  periodOf,
  periodProblem,
  periodRange,
  periodText,
  serviceOf,
  verifyPath,
  type Certificate,
} from '../../src/domain/cert/certificate';
import { checkChar, idProblem, maskId, normaliseId } from '../../src/domain/cert/idNumber';
import { IssueInput } from '../../src/domain/schemas/cert';

describe('identity numbers (GB 11643)', () => {
  test.each([
    ['11010519491231002', 'X'],
    ['51010419900101123', '0'],
    ['44052419800101001', '3'],
    ['53010219851231004', '4'],
  ])('the check character of %s is %s', (first17, check) => {
    expect(checkChar(first17)).toBe(check);
  });

  test.each([
    ['11010519491231002X', undefined],
    ['510104199001011230', undefined],
    ['11010519491231002', 'length'],
    ['1101051949123100211', 'length'],
    ['11010519491231002Y', 'characters'],
    ['A1010519491231002X', 'characters'],
    ['110105194902300027', 'birth_date'], // 30 February
    ['110105180001010021', 'birth_date'], // before 1900
    ['110105194912310021', 'check_digit'],
    ['510104199001011231', 'check_digit'],
  ])('%s: %s', (id, problem) => {
    expect(idProblem(id)).toBe(problem);
  });

  test('typed with spaces and a small x, it is the same number; the mask keeps four and four', () => {
    expect(normaliseId(' 110105 19491231 002x ')).toBe('11010519491231002X');
    expect(maskId('11010519491231002X')).toBe('1101**********002X');
    expect(maskId('510104199001011230')).toHaveLength(18);
  });

  test('the schema normalises a good number and refuses a bad one in Chinese', () => {
    const good = IssueInput.safeParse({ action: 'issue', period: { year: 2025 }, idNumber: '11010519491231002x' });
    expect(good.success).toBe(true);
    expect(normaliseId(' 110105 19491231002x ')).toBe('11010519491231002X'); // what the function keeps (masked) and hashes
    const bad = IssueInput.safeParse({ action: 'issue', period: { year: 2025 }, idNumber: '110105194912310021' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('身份证号校验位不对，请核对后重新输入');
  });
});

describe('periods', () => {
  test.each([
    [{ from: '2025-01', to: '2025-12' }, '2026-12', undefined],
    [{ from: '2025-03', to: '2025-03' }, '2025-03', undefined],
    [{ from: '2025-04', to: '2025-03' }, '2026-12', 'order'],
    [{ from: '1999-12', to: '2025-03' }, '2026-12', 'order'],
    [{ from: '2026-01', to: '2027-01' }, '2026-12', 'future'],
  ])('%o now %s: %s', (p, now, problem) => {
    expect(periodProblem(p, now)).toBe(problem);
  });

  test('a year is its twelve months; the range is Shanghai midnight to midnight', () => {
    expect(periodOf({ year: 2025 })).toEqual({ from: '2025-01', to: '2025-12' });
    const { from, to } = periodRange({ from: '2025-01', to: '2025-12' });
    expect(from.toISOString()).toBe('2024-12-31T16:00:00.000Z');
    expect(to.toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(periodText({ from: '2025-01', to: '2025-12' })).toBe('2025年1月至2025年12月');
    expect(periodText({ from: '2025-03', to: '2025-03' })).toBe('2025年3月');
  });
});

describe('hours and content from the journal', () => {
  const e = (_id: string, kind: string, minutes?: number, extra: object = {}) =>
    ({
      _id,
      kind,
      memo: kind === 'activity_credit' ? '活动积分' : '助餐 服务积分',
      ...(minutes !== undefined ? { minutes } : {}),
      ...extra,
    }) as never;

  test('every minute counts, a reversal takes its entry off; bonuses carry none', () => {
    const s = serviceOf([
      e('a', 'service_credit', 60),
      e('b', 'service_hours', 30),
      e('c', 'activity_credit', 120),
      e('d', 'service_credit', 45),
      e('r', 'reversal', -45, { reverses: 'd' }),
      e('x', 'bonus'),
    ]);
    expect(s).toEqual({ minutes: 210, services: 2, activities: 1, labels: ['助餐'] });
    expect(contentText(s)).toBe('社区微心愿志愿服务 2 次（助餐）；社区志愿服务活动 1 场');
    expect(hoursText(210)).toBe('3.5');
    expect(hoursText(100)).toBe('1.7');
  });
});

describe('numbers and the verification view', () => {
  test('year, six-digit sequence, four check characters from the alphabet', () => {
    const n = certNumber(2026, 42, checkCharsOf(new Uint8Array([0, 31, 32, 255])));
    expect(n).toBe('2026-000042-0Z0Z');
    expect(CERT_NUMBER.test(n)).toBe(true);
    expect(CERT_NUMBER.test('2026-000042-0I0O')).toBe(false);
    expect(verifyPath(n)).toBe('pages/cert/index?no=2026-000042-0Z0Z');
  });

  test('a stranger reads the masked name and the certified facts, never the identity number or the owner', () => {
    const c: Certificate = {
      _id: 'cert_x',
      number: '2026-000001-ABCD',
      openid: 'o-secret',
      name: '李明华',
      idMasked: '1101**********002X',
      idHash: 'h',
      period: { from: '2025-01', to: '2025-12' },
      minutes: 90,
      content: '社区志愿服务',
      issuer: '洗马河街道新时代文明实践所',
      issuedAt: new Date('2026-11-30T17:00:00Z'),
    };
    expect(maskedView(c)).toEqual({
      number: '2026-000001-ABCD',
      name: '李**',
      minutes: 90,
      hours: '1.5',
      period: { from: '2025-01', to: '2025-12' },
      issuer: '洗马河街道新时代文明实践所',
      issuedOn: '2026-12-01',
    });
  });
});
