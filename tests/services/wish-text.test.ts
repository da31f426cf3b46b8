// How a wish reads to staff: the place (never the stairwell code alone, the room only when the view
// carries it), the centre's note, why it is back (重办原因), the preferred time; one word for urgency.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from '@jest/globals';
import type { WishView } from '../../src/domain/wish/view';
import { backReason, dispatchNote, placeText, preferredTimeLine, URGENCY_LABELS } from '../../src/services/wishText';

const PLACE = { communityName: '金鼎社区', estateName: '翠湖小区', buildingName: '3栋2单元' };
type H = WishView['history'][number];
const h = (over: Partial<H>): H => ({
  at: '2026-12-01T02:00:00.000Z',
  action: 'dispatch',
  as: 'dispatcher',
  from: 'submitted',
  to: 'dispatched',
  byMe: false,
  ...over,
});

describe('placeText', () => {
  const cases: Array<[string, Pick<WishView, 'buildingId' | 'room' | 'place'>, string]> = [
    ['centre, owner, claimant', { buildingId: 'B-0012', room: '502', place: PLACE }, '翠湖小区 3栋2单元 · 502室'],
    ['a room written with 室', { buildingId: 'B-0012', room: '502室', place: PLACE }, '翠湖小区 3栋2单元 · 502室'],
    ['a member without the claim', { buildingId: 'B-0012', place: PLACE }, '翠湖小区 3栋2单元 · 接单后可见门牌'],
    ['a stairwell no longer known', { buildingId: 'B-0012', room: '3-201' }, '楼栋码 B-0012 · 3-201室'],
  ];
  for (const [name, wish, text] of cases) it(`${name}: ${text}`, () => assert.equal(placeText(wish), text));
});

describe('dispatchNote (中心留言)', () => {
  it('is the latest 派单 note', () => {
    const history = [
      h({ note: '先打电话' }),
      h({ action: 'return', from: 'dispatched', to: 'returned', note: '人手不足' }),
      h({ note: '改派，请尽快' }),
    ];
    assert.equal(dispatchNote({ history }), '改派，请尽快');
  });
  it('is absent without a note', () => assert.equal(dispatchNote({ history: [h({})] }), undefined));
});

describe('backReason (重办原因)', () => {
  const cases: Array<[string, Pick<WishView, 'status' | 'history' | 'rating'>, string | undefined]> = [
    ['fresh', { status: 'submitted', history: [] }, undefined],
    [
      'rated ≤2★ with a comment',
      {
        status: 'reopened',
        rating: { stars: 2, comment: '没修好', at: '2026-12-01T02:00:00.000Z' },
        history: [h({ action: 'rate', as: 'owner', from: 'completed', to: 'reopened', note: '没修好', stars: 2 })],
      },
      '重办原因：居民评价2星，「没修好」',
    ],
    [
      'rated 1★ without a comment',
      {
        status: 'reopened',
        rating: { stars: 1, at: '2026-12-01T02:00:00.000Z' },
        history: [h({ action: 'rate', as: 'owner', from: 'completed', to: 'reopened', stars: 1 })],
      },
      '重办原因：居民评价1星，未写原因',
    ],
    [
      'returned by the team',
      { status: 'returned', history: [h({ action: 'return', as: 'leader', from: 'dispatched', to: 'returned', note: '人手不足' })] },
      '重办原因：服务队退回，「人手不足」',
    ],
  ];
  for (const [name, wish, text] of cases) it(`${name}: ${text}`, () => assert.equal(backReason(wish), text));
});

describe('preferredTimeLine', () => {
  const now = new Date('2026-11-20T02:00:00Z');
  it('date with weekday and the window', () =>
    assert.equal(preferredTimeLine({ date: '2026-12-02', window: 'morning' }, now), '12月2日 周三 上午'));
  it('any time', () => assert.equal(preferredTimeLine({ date: '2026-12-02', window: 'any' }, now), '12月2日 周三 时段不限'));
});

describe('urgency reads 紧急 everywhere', () => {
  it('the label', () => assert.equal(URGENCY_LABELS.urgent, '紧急'));
  it('no page or service uses another word for it', () => {
    const root = path.resolve(__dirname, '../../src');
    const files = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
    // 紧急 is the one word (URGENCY_LABELS, the form's choice, the tag on every card); these others never appear
    const offenders = files(root).filter((f) => /加急|急件|急单|特急|紧迫/.test(fs.readFileSync(f, 'utf8')));
    assert.deepEqual(
      offenders.map((f) => path.relative(root, f)),
      [],
    );
  });
});
