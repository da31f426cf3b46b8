// 活动 in jsdom: the publish form's checks (field by field, in Chinese; times read in Shanghai); the
// volunteer's page (候补第 2 位, the six digits checked before they are sent, the minutes after check-out);
// the organiser's 结项 (the confirmation says who came and what each is paid, then the result); the
// residents' 我会去 (the head count follows the answer).
import assert from 'node:assert/strict';
import { beforeAll, beforeEach, describe, jest, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';
import { setRouterParams } from './taro';
import { checkForm, defaultForm, issuesOf, type PublishForm } from '@/dispatcher/components/activity/publishModel';
import type { ActivityDetail } from '@/services/activities';

const answers: unknown[] = [];
const mockCall = jest.fn(async (_fn: string, _event: Record<string, unknown>) => answers.shift());
jest.mock('@/services', () => ({ ...jest.requireActual<object>('@/services'), call: mockCall }));

let VolunteerActivityPage: typeof import('@/volunteer/pages/activity/index').default;
let OrganiserActivityPage: typeof import('@/dispatcher/pages/activity/index').default;
let ResidentActivitiesPage: typeof import('@/pages/activities/index').default;
beforeAll(async () => {
  ({ default: VolunteerActivityPage } = await import('@/volunteer/pages/activity/index'));
  ({ default: OrganiserActivityPage } = await import('@/dispatcher/pages/activity/index'));
  ({ default: ResidentActivitiesPage } = await import('@/pages/activities/index'));
});
beforeEach(() => {
  answers.length = 0;
  mockCall.mockClear();
});

const el = (selector: string) => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const text = (selector: string) => el(selector).textContent ?? '';
const tap = async (selector: string) => act(async () => void fireEvent.click(el(selector)));
const type = (selector: string, value: string) =>
  act(() => void el(selector).dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true })));
const settle = () => act(async () => undefined);

describe('the publish form', () => {
  const now = new Date('2026-12-01T05:30:00Z'); // 13:30 in Shanghai, a Tuesday
  const good: PublishForm = {
    ...defaultForm(now, 'c-jinding'),
    title: '周六广场免费理发',
    content: '爱心理发师为老人免费理发',
    services: ['haircut'],
    address: '金鼎社区广场',
  };
  test('defaults: next Saturday 09:00–11:30, sign-up closing the evening before', () => {
    const r = checkForm(good, 'req_form_000001', now);
    assert.ok(r.ok);
    assert.deepEqual(
      { startAt: r.input.startAt, endAt: r.input.endAt, signUpBy: r.input.signUpBy, quota: r.input.quota, points: r.input.points },
      {
        startAt: '2026-12-05T01:00:00.000Z',
        endAt: '2026-12-05T03:30:00.000Z',
        signUpBy: '2026-12-04T10:00:00.000Z',
        quota: 10,
        points: 10,
      },
    );
  });
  test.each([
    ['a Tuesday', '2026-12-01T05:30:00Z', '2026-12-05'],
    ['a Friday before 18:00 in Shanghai', '2026-12-04T09:59:00Z', '2026-12-05'],
    ["a Friday from 18:00: that Saturday's sign-up has closed", '2026-12-04T10:00:00Z', '2026-12-12'],
    ['a Friday at 23:30', '2026-12-04T15:30:00Z', '2026-12-12'],
    ['a Saturday morning: the next one', '2026-12-05T01:00:00Z', '2026-12-12'],
  ])('the default day on %s is a Saturday whose sign-up is still open', (_name, at, date) => {
    const when = new Date(at);
    const { title, content, services, address } = good;
    const form = { ...defaultForm(when, 'c-jinding'), title, content, services, address };
    assert.equal(form.date, date);
    assert.ok(checkForm(form, 'req_form_000002', when).ok, 'the defaults publish as they are');
  });
  const cases: Array<[string, Partial<PublishForm>, Record<string, RegExp>]> = [
    [
      'nothing filled',
      { title: '', content: '', services: [], address: '' },
      { title: /请填写/, services: /请至少选择一项服务/, address: /请填写/ },
    ],
    ['end before start', { start: '10:00', end: '09:30' }, { end: /结束时间要晚于开始时间/ }],
    ['not a time', { start: '9点' }, { start: /09:30 的格式/ }],
    ['sign-up after the start', { signUpDaysBefore: 0, signUpTime: '10:00' }, { signUpTime: /报名截止要早于活动开始/ }],
    [
      'today, already begun',
      { date: '2026-12-01', start: '13:00', end: '15:00', signUpDaysBefore: 0, signUpTime: '12:00' },
      { start: /已经过了/ },
    ],
    ['no community', { communityId: '' }, { communityId: /请选择社区/ }],
    ['quota in words', { quota: '十' }, { quota: /整数/ }],
    ['too many points', { points: '500' }, { points: /每人最多200积分/ }],
  ];
  for (const [name, change, expected] of cases) {
    test(name, () => {
      const r = checkForm({ ...good, ...change }, 'req_form_000001', now);
      assert.equal(r.ok, false);
      if (r.ok) return;
      for (const [field, pattern] of Object.entries(expected)) assert.match(r.issues[field as keyof PublishForm] ?? '', pattern, field);
    });
  }
  test("the function's field issues land under the form's fields", () => {
    assert.deepEqual(
      {
        ...issuesOf([
          { path: 'teamId', message: '这支服务队不服务这个社区' },
          { path: 'startAt', message: '时间格式不正确' },
        ]),
      },
      { communityId: '这支服务队不服务这个社区', start: '时间格式不正确' },
    );
  });
  test('a leader publishes for their team', () => {
    const r = checkForm(good, 'req_form_000001', now, 't-lexiujiang');
    assert.ok(r.ok && r.input.teamId === 't-lexiujiang');
  });
});

const hour = 3_600_000;
const detail = (over: Partial<ActivityDetail> = {}): ActivityDetail => ({
  id: 'act1',
  status: 'published',
  title: '周六广场免费理发',
  services: ['haircut'],
  communityId: 'c-jinding',
  communityName: '金鼎社区',
  address: '金鼎社区广场',
  startAt: new Date(Date.now() + 2 * hour).toISOString(),
  endAt: new Date(Date.now() + 4 * hour).toISOString(),
  signUpBy: new Date(Date.now() + hour).toISOString(),
  withdrawBy: new Date(Date.now() + hour).toISOString(),
  quota: 2,
  signedUp: 2,
  waiting: 2,
  points: 10,
  organising: false,
  content: '爱心理发师为老人免费理发',
  skills: ['haircut'],
  willCome: 3,
  wishes: [],
  ...over,
});

describe('the volunteer’s activity page', () => {
  test('on the waiting list: 候补第 2 位, and 取消报名 with its deadline', async () => {
    setRouterParams({ id: 'act1' });
    answers.push({ ok: true, data: detail({ mine: 'waiting', mySignUp: { status: 'waiting', position: 2 } }) });
    render(<VolunteerActivityPage />);
    await settle();
    assert.equal(text('#my-signup'), '候补第 2 位');
    assert.match(text('#activity-facts'), /已报名 2\/2 · 候补 2/);
    assert.match(text('#signup-card'), /取消报名截止：/);
    el('#withdraw');
  });

  test('signed up, two hours before the start: when check-in opens, no code field yet', async () => {
    setRouterParams({ id: 'act1' });
    answers.push({ ok: true, data: detail({ mine: 'signed_up', mySignUp: { status: 'signed_up' } }) });
    render(<VolunteerActivityPage />);
    await settle();
    assert.match(text('#check-in-later'), /活动开始前 60 分钟起可以在这里签到/);
    assert.equal(document.querySelector('#scan-card'), null);
  });

  test('a full activity offers the waiting list; the six digits are checked, then the minutes after check-out', async () => {
    setRouterParams({ id: 'act1' });
    answers.push({ ok: true, data: detail() });
    const { unmount } = render(<VolunteerActivityPage />);
    await settle();
    assert.match(text('#sign-up'), /名额已满，报名候补/);
    unmount();

    answers.push({
      ok: true,
      data: detail({ mine: 'checked_in', mySignUp: { status: 'checked_in', checkInAt: new Date().toISOString() } }),
    });
    render(<VolunteerActivityPage />);
    await settle();
    assert.match(text('#scan-card'), /现场签退/);
    await type('#scan-digits', '12');
    await tap('#scan-submit');
    assert.match(text('.field-error[data-field="code"]'), /六位数字/);
    assert.equal(mockCall.mock.calls.length, 2, 'nothing sent');
    answers.push({ ok: true, data: { activityId: 'act1', status: 'checked_out', at: new Date().toISOString(), minutes: 95 } });
    answers.push({ ok: true, data: detail({ mine: 'checked_out', mySignUp: { status: 'checked_out' } }) });
    await type('#scan-digits', '123456');
    await tap('#scan-submit');
    await settle();
    assert.equal(
      JSON.stringify(mockCall.mock.calls[2]),
      JSON.stringify(['activity', { action: 'scan', code: '123456', activityId: 'act1' }]),
    );
    assert.equal(el('#scan-result').getAttribute('data-status'), 'checked_out');
    assert.match(text('#scan-result'), /已签退，本次服务 1小时35分钟/);
  });
});

describe('the organiser’s 结项', () => {
  test('the confirmation says who came and what each is paid; the result what was paid', async () => {
    setRouterParams({ id: 'act1' });
    const row = (status: 'checked_out' | 'checked_in' | 'signed_up', n: number) => ({
      signUpId: `act1_v${n}`,
      name: '李*',
      phone: '138****0002',
      status,
    });
    const ended = detail({
      organising: true,
      startAt: new Date(Date.now() - 3 * hour).toISOString(),
      endAt: new Date(Date.now() - hour).toISOString(),
      roster: [row('checked_out', 1), row('checked_in', 2), row('signed_up', 3)],
    });
    answers.push({ ok: true, data: ended });
    render(<OrganiserActivityPage />);
    await settle();
    assert.equal(el('#count-willcome').getAttribute('data-count'), '3');
    assert.equal(document.querySelectorAll('.roster-row').length, 3);
    assert.equal(document.querySelector('#show-code') === null, false);
    await tap('#close-activity');
    assert.match(text('#close-dialog-body'), /2 人到场，每人 10 积分；未到 1 人/);
    answers.push({ ok: true, data: { activityId: 'act1', status: 'closed', attended: 2, noShows: 1, points: 20, minutes: 200 } });
    answers.push({ ok: true, data: { ...ended, status: 'closed' } });
    await tap('#close-confirm');
    await settle();
    assert.equal(JSON.stringify(mockCall.mock.calls[1]), JSON.stringify(['activity', { action: 'close', activityId: 'act1' }]));
    assert.match(text('#close-result'), /2 人到场，共发放 20 积分，服务时长 3小时20分钟；未到 1 人/);
    assert.equal(document.querySelector('#close-activity'), null, 'closed: nothing more to close');
  });
});

describe('the residents’ 社区活动', () => {
  test('the stairwell’s community; 我会去 and the head count from the answer', async () => {
    setRouterParams({ communityId: 'c-jinding' });
    mockCall.mockImplementation(async (_fn, event) =>
      event.action === 'places' ? { ok: true, data: { communities: [] } } : answers.shift(),
    );
    const item = {
      id: 'act1',
      title: '周六广场免费理发',
      content: '免费理发',
      services: ['haircut'],
      address: '金鼎社区广场',
      startAt: detail().startAt,
      endAt: detail().endAt,
      willCome: 3,
      coming: false,
    };
    answers.push({ ok: true, data: { items: [item], page: 0, hasMore: false } });
    render(<ResidentActivitiesPage />);
    await settle();
    assert.equal(el('#activities-community').getAttribute('data-community'), 'c-jinding');
    assert.match(text('#upcoming-act1'), /地点：金鼎社区广场[\s\S]*已有 3 位居民说会去/);
    answers.push({ ok: true, data: { activityId: 'act1', willCome: 4, coming: true } });
    await tap('#will-come-act1');
    await settle();
    assert.ok(mockCall.mock.calls.some(([, e]) => e.action === 'will_come' && e.coming === true));
    assert.equal(el('#upcoming-act1 .upcoming-count').getAttribute('data-count'), '4');
    assert.match(text('#will-come-act1'), /✓ 我会去/);
    mockCall.mockImplementation(async () => answers.shift());
  });
});
