// Visit plans (巡访计划): the rules matching an elder by age band and tags, the most frequent of each kind.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { VisitSettings, VISITS_DEFAULTS, planFor } from '../../src/domain/visit/plan';
import { SETTINGS } from '../../src/domain/settings';
import { T0 } from './visit-fixture';

const cases = [
  { name: '60–69: a monthly call and a quarterly visit', birthYear: 1960, tags: [], plan: [30, 90, ['60–69岁']] },
  { name: '69 is still 60–69', birthYear: 1957, tags: [], plan: [30, 90, ['60–69岁']] },
  { name: '70–79: a call every two weeks and a monthly visit', birthYear: 1950, tags: [], plan: [14, 30, ['70–79岁']] },
  { name: '80 and over: weekly, and every two weeks', birthYear: 1946, tags: [], plan: [7, 14, ['80岁以上或独居']] },
  {
    name: '65 living alone: the most frequent of both rules',
    birthYear: 1961,
    tags: ['alone'],
    plan: [7, 14, ['60–69岁', '80岁以上或独居']],
  },
  { name: '72 empty-nest: a tag no rule names changes nothing', birthYear: 1954, tags: ['empty_nest'], plan: [14, 30, ['70–79岁']] },
  { name: 'under 60: no rule, no plan', birthYear: 1970, tags: [], plan: undefined },
] as const;

describe('planFor', () => {
  for (const c of cases)
    it(c.name, () => {
      const p = planFor({ birthYear: c.birthYear, tags: [...c.tags] }, T0, VISITS_DEFAULTS);
      assert.deepEqual(p && [p.callEveryDays, p.homeEveryDays, p.rules], c.plan && [c.plan[0], c.plan[1], [...c.plan[2]]]);
    });

  it('the most frequent of each kind may come from different rules', () => {
    const settings = {
      ...VISITS_DEFAULTS,
      rules: [
        { label: '甲', minAge: 60, callEveryDays: 10, homeEveryDays: 60 },
        { label: '乙', minAge: 60, tags: ['poor' as const], callEveryDays: 20, homeEveryDays: 20 },
      ],
    };
    assert.deepEqual(planFor({ birthYear: 1950, tags: ['poor'] }, T0, settings), {
      callEveryDays: 10,
      homeEveryDays: 20,
      rules: ['甲', '乙'],
    });
  });

  it('the defaults are the settings key `visits` and parse', () => {
    assert.equal(SETTINGS.visits.defaults, VISITS_DEFAULTS);
    assert.equal(VisitSettings.safeParse(VISITS_DEFAULTS).success, true);
    assert.equal(VisitSettings.safeParse({ ...VISITS_DEFAULTS, rules: [] }).success, false);
  });
});
