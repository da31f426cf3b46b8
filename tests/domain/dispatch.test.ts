import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { suggestTeams, type TeamCandidate } from '../../src/domain/dispatch';
import type { Category } from '../../src/domain/menu';

const team = (id: string, over: Partial<TeamCandidate> = {}): TeamCandidate => ({
  _id: id,
  name: id,
  specialties: [],
  communities: [],
  openLoad: 0,
  ...over,
});
const wish = (over: Partial<{ category: Category; communityId: string; excludedTeamIds: string[] }> = {}) => ({
  category: 'repairs' as Category,
  communityId: 'c1',
  excludedTeamIds: [],
  ...over,
});
const ids = (teams: TeamCandidate[], w = wish()) => suggestTeams(w, teams).map((s) => s.teamId);

describe('suggestTeams', () => {
  const cases: Array<{ name: string; teams: TeamCandidate[]; wish?: ReturnType<typeof wish>; order: string[] }> = [
    {
      name: 'coverage beats specialty, even at the heaviest load',
      teams: [team('specialist', { specialties: ['repair'], openLoad: 0 }), team('local', { communities: ['c1'], openLoad: 500 })],
      order: ['local', 'specialist'],
    },
    {
      name: 'specialty beats load',
      teams: [
        team('idle', { communities: ['c1'], openLoad: 0 }),
        team('busy-repair', { communities: ['c1'], specialties: ['repair'], openLoad: 49 }),
      ],
      order: ['busy-repair', 'idle'],
    },
    {
      name: 'lighter load first when coverage and specialty tie',
      teams: [
        team('a', { communities: ['c1'], openLoad: 7 }),
        team('b', { communities: ['c1'], openLoad: 2 }),
        team('c', { communities: ['c1'], openLoad: 5 }),
      ],
      order: ['b', 'c', 'a'],
    },
    {
      name: 'loads past the cap still order by load',
      teams: [team('a', { openLoad: 120 }), team('b', { openLoad: 60 })],
      order: ['b', 'a'],
    },
    {
      name: 'excluded teams are never suggested',
      teams: [team('old', { communities: ['c1'], specialties: ['repair'] }), team('other')],
      wish: wish({ excludedTeamIds: ['old'] }),
      order: ['other'],
    },
    { name: 'every team excluded → none', teams: [team('a'), team('b')], wish: wish({ excludedTeamIds: ['a', 'b'] }), order: [] },
    { name: 'no teams → none', teams: [], order: [] },
    {
      name: '「其他」 (general) matches no specialty: coverage and load decide',
      teams: [
        team('generalist', { specialties: ['general'], openLoad: 4 }),
        team('health', { specialties: ['health'], communities: ['c1'] }),
        team('idle', { openLoad: 0 }),
      ],
      wish: wish({ category: 'other' }),
      order: ['health', 'idle', 'generalist'],
    },
    {
      name: 'medicine purchase goes to errand teams',
      teams: [team('health', { specialties: ['health'] }), team('errand', { specialties: ['errand'] })],
      wish: wish({ category: 'medicine_purchase' }),
      order: ['errand', 'health'],
    },
  ];
  for (const c of cases) it(`${c.name}: ${c.order.join(' > ') || '[]'}`, () => assert.deepEqual(ids(c.teams, c.wish), c.order));

  it('ties are ordered the same whatever the input order', () => {
    const teams = [team('t1', { name: '乙队' }), team('t2', { name: '甲队' }), team('t3', { name: 'B队' }), team('t4', { name: 'A队' })];
    const expected = ids(teams);
    for (const shuffled of [[...teams].reverse(), [teams[2], teams[0], teams[3], teams[1]]]) assert.deepEqual(ids(shuffled), expected);
    assert.deepEqual(expected.slice(0, 2), ['t4', 't3']);
  });

  it('full ties (same name) keep the input order', () => {
    const teams = [team('x', { name: 'same' }), team('y', { name: 'same' }), team('z', { name: 'same' })];
    assert.deepEqual(ids(teams), ['x', 'y', 'z']);
    assert.deepEqual(ids([...teams].reverse()), ['z', 'y', 'x']);
  });

  it('tells the dispatcher why', () => {
    const [s] = suggestTeams(wish(), [team('t', { name: '乐修匠', communities: ['c1'], specialties: ['repair'], openLoad: 3 })]);
    assert.deepEqual(s, { teamId: 't', name: '乐修匠', covers: true, specialtyMatch: true, openLoad: 3, score: 147, recommended: true });
  });

  // 推荐 is a promise to the dispatcher: only the first team, and only when it covers the community
  // and its specialty serves the wish.
  const recommendCases: Array<{ name: string; teams: ReturnType<typeof team>[]; wish?: ReturnType<typeof wish>; recommended: string[] }> = [
    {
      name: 'covers and matches',
      teams: [
        team('a', { communities: ['c1'], specialties: ['repair'] }),
        team('b', { communities: ['c1'], specialties: ['repair'], openLoad: 5 }),
      ],
      recommended: ['a'],
    },
    {
      name: 'the best covers but its specialty does not match',
      teams: [team('a', { communities: ['c1'], specialties: ['health'] })],
      recommended: [],
    },
    { name: 'the best matches but is outside the area', teams: [team('a', { specialties: ['repair'] })], recommended: [] },
    {
      name: '「其他」 is never 推荐',
      teams: [team('a', { communities: ['c1'], specialties: ['general'] })],
      wish: wish({ category: 'other' }),
      recommended: [],
    },
  ];
  for (const c of recommendCases) {
    it(`推荐: ${c.name} → [${c.recommended.join(',')}]`, () => {
      const all = suggestTeams(c.wish ?? wish(), c.teams);
      assert.deepEqual(
        all.filter((x) => x.recommended).map((x) => x.teamId),
        c.recommended,
      );
      if (c.wish?.category === 'other') assert.ok(all.every((x) => !x.specialtyMatch));
    });
  }

  it('does not change its input', () => {
    const teams = [team('a', { openLoad: 2 }), team('b')];
    const copy = structuredClone(teams);
    suggestTeams(wish(), teams);
    assert.deepEqual(teams, copy);
  });
});
