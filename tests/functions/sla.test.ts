// Deadlines on the working calendar through the real functions: the admin sets the calendar and the
// SLA rules (bank.set_setting); a wish filed on a "Friday evening" of that calendar (the working day
// over, two days off after it) is due the next working day; 代买急药 runs on the clock. Then the weekly
// service day: the centre or the team's leader puts a wish into its community's next service day,
// which writes the due date and a history entry; nobody else can, and the same day twice is refused.
// The real clock runs here, so the test builds its calendar around today: every day it names is
// listed (holidays, 调休 days), so the real weekday does not matter.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { DEFAULT_CALENDAR } from '../../src/domain/calendar';
import { DEFAULT_SLA } from '../../src/domain/sla';
import { isLegalHistory } from '../../src/domain/wish/machine';
import type { Wish } from '../../src/domain/wish/wish';
import { startFunctionsCloud } from '../helpers/functions';
import { person, wishForm } from '../helpers/people';

let cloud: LocalCloud;
const stored = (wishId: string) => cloud.db.get('wishes').docs.get(wishId) as unknown as Wish;
const admin = () => person(cloud, 'demo-admin');
const HOUR = 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** Today in Shanghai (UTC+8) as YYYY-MM-DD, plus `n` days, and the hour of the day now. */
const shanghai = (at: number) => new Date(at + 8 * HOUR);
const dayPlus = (n: number) =>
  shanghai(Date.now() + n * 24 * HOUR)
    .toISOString()
    .slice(0, 10);
/** The UTC instant of `HH:00` on a Shanghai day. */
const atHour = (day: string, hour: number) => new Date(Date.parse(`${day}T${pad(hour)}:00:00Z`) - 8 * HOUR);

async function setSetting(key: string, value: unknown) {
  const now = await admin()('bank', { action: 'settings' });
  const r = await admin()('bank', { action: 'set_setting', key, value, version: now.data[key].version, reason: '按本测试的日历' });
  assert.equal(r.ok, true, JSON.stringify(r.error));
}

// A calendar on which "now" is a Friday evening: today was worked from 00:00 to the hour now began
// (so the day is over), the next two days are off, the third is worked. Just after midnight (no
// working hour behind us yet) today and tomorrow are off and the day after is worked.
const hourNow = shanghai(Date.now()).getUTCHours();
const evening = hourNow >= 1;
const calendar = {
  ...DEFAULT_CALENDAR,
  dayStart: '00:00',
  dayEnd: evening ? `${pad(hourNow)}:00` : '08:00',
  serviceDay: 5,
  holidays: evening ? [dayPlus(1), dayPlus(2)] : [dayPlus(0), dayPlus(1)],
  workdays: evening ? [dayPlus(0), dayPlus(3)] : [dayPlus(2)],
};
const nextWorkingDay = evening ? dayPlus(3) : dayPlus(2);

beforeAll(async () => {
  cloud = await startFunctionsCloud();
  // Set before the first submission, so the submitting instance's cache reads these.
  await setSetting('calendar', calendar);
  await setSetting('sla', { ...DEFAULT_SLA, repairs: { hours: 1, clock: false }, medicine_purchase: { hours: 6, clock: true } });
});
afterAll(() => cloud.stop());

let residents = 0;
async function submitted(over: Record<string, unknown> = {}): Promise<{ wishId: string; owner: string }> {
  const owner = `sla-res-${++residents}`;
  const phone = `1372222${String(residents).padStart(4, '0')}`;
  const s = await person(cloud, owner)('wish', wishForm({ contact: { name: '张桂兰', phone }, ...over }));
  assert.equal(s.data?.outcome, 'created', JSON.stringify(s.error));
  return { wishId: s.data.wishId, owner };
}

describe('submit: the due time on the calendar in force', () => {
  test('filed on a Friday evening: due one working hour into the next working day', async () => {
    const { wishId } = await submitted();
    assert.equal(stored(wishId).dueAt.toISOString(), atHour(nextWorkingDay, 1).toISOString());
  });

  test('代买急药 runs on the clock: six hours after filing, through the days off', async () => {
    const { wishId } = await submitted({ category: 'medicine_purchase', description: '家里老人发烧，需要买退烧药' });
    const w = stored(wishId);
    assert.equal(w.dueAt.getTime() - w.createdAt.getTime(), 6 * HOUR);
  });

  test('an urgent wish counts half its hours on the clock', async () => {
    const { wishId } = await submitted({ urgency: 'urgent' });
    const w = stored(wishId);
    assert.equal(w.dueAt.getTime() - w.createdAt.getTime(), HOUR / 2);
  });
});

describe('dispatch.schedule_service_day (服务日)', () => {
  /** The first day after today with that weekday (1 = Monday) that the calendar does not list as a holiday. */
  const nextWeekday = (weekday: number) => {
    for (let n = 1; ; n++) {
      const day = dayPlus(n);
      if ((new Date(`${day}T00:00:00Z`).getUTCDay() || 7) === weekday && !calendar.holidays.includes(day)) return day;
    }
  };

  test('the centre puts a waiting wish into 金鼎社区’s Wednesday: due date, history entry, the resident sees it', async () => {
    const { wishId, owner } = await submitted();
    const r = await person(cloud, 'demo-dispatcher')('dispatch', { action: 'schedule_service_day', wishId });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const day = nextWeekday(3);
    const due = new Date(Date.parse(`${day}T${calendar.dayEnd}:00Z`) - 8 * HOUR);
    assert.deepEqual(r.data, { wishId, status: 'submitted', version: 2, serviceDay: day, dueAt: due.toISOString() });
    const w = stored(wishId);
    assert.deepEqual([w.serviceDay, w.dueAt.toISOString(), w.status], [day, due.toISOString(), 'submitted']);
    assert.deepEqual(
      { action: w.history.at(-1)!.action, as: w.history.at(-1)!.as, serviceDay: w.history.at(-1)!.serviceDay },
      { action: 'schedule_service_day', as: 'dispatcher', serviceDay: day },
    );
    const seen = await person(cloud, owner)('wish', { action: 'detail', wishId });
    assert.equal(seen.data.serviceDay, day);
    assert.equal(seen.data.history.at(-1).serviceDay, day);
    assert.ok(isLegalHistory(seen.data.history));
    // Again: the same day is refused, nothing written.
    const again = await person(cloud, 'demo-dispatcher')('dispatch', { action: 'schedule_service_day', wishId });
    assert.equal(again.error?.code, 'ORDER.ALREADY_SCHEDULED');
    assert.equal(stored(wishId).version, 2);
  });

  test('the leader of the team holding it may; a member, the resident and a stranger may not', async () => {
    const { wishId, owner } = await submitted();
    const d = await person(cloud, 'demo-dispatcher')('dispatch', { action: 'dispatch', wishId, teamId: 't-lexiujiang' });
    assert.equal(d.ok, true, JSON.stringify(d.error));
    for (const [openid, code] of [
      ['demo-volunteer', 'AUTH.FORBIDDEN'],
      [owner, 'AUTH.FORBIDDEN'],
      ['demo-resident-2', 'WISH.NOT_FOUND'],
    ]) {
      const r = await person(cloud, openid)('dispatch', { action: 'schedule_service_day', wishId });
      assert.equal(r.error?.code, code, openid);
    }
    assert.equal(stored(wishId).serviceDay, undefined);
    const r = await person(cloud, 'demo-leader')('dispatch', { action: 'schedule_service_day', wishId });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.equal(stored(wishId).history.at(-1)!.as, 'leader');
    assert.equal(stored(wishId).status, 'dispatched');
  });

  test('a community without a service day of its own takes the calendar’s (here Friday)', async () => {
    const { wishId } = await submitted({ buildingId: 'B-0101', room: '2-301' });
    const r = await person(cloud, 'demo-dispatcher')('dispatch', { action: 'schedule_service_day', wishId });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.equal(r.data.serviceDay, nextWeekday(5));
    // The wish's page reads the calendar and the community from the cache: wish, roles and membership, the update.
    assert.ok(r.requests.length <= 4, `${r.requests.length} requests`);
    assert.equal(cloud.log.unindexed, 0, 'every query was served by a declared index');
  });
});
