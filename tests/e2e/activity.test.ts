// 活动 walked in Chromium through the H5 build and the real functions: the centre's dispatcher at the desk
// (1366×768) publishes an activity starting within the hour (check-in opens 60 min before the start); a
// resident on a phone taps 我会去 and the organiser sees the count; two volunteers on phones sign up; the
// organiser shows the rotating code (the QR decodes to what the page says it holds) and each volunteer
// checks in, then out, by typing the six digits; the resident's wish (上门理发), opened on the workbench, is
// folded into the activity (加入活动) and the resident's detail says when and where; the first volunteer claims it
// on the activity's page, serves it on the order page and the resident rates it; the activity is let end by moving
// its stored times into the past (the functions read the clock; the domain takes "now"); the organiser corrects one
// volunteer's times and closes after the confirmation; both passbooks show the activity's points, the first also
// the wish's; a team leader publishes for their team from 队伍管理 (only its communities offered). Every page is audited.
// Screenshots: tests/out/screenshots/activity-<n>-<step>.png; figures: tests/out/a11y-activity-report.json.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import type { LocalCloud } from '../../localcloud';
import { stepper, untilText } from '../helpers/browser';
import { startProduct } from '../helpers/product';
import { readPng } from '../localcloud/openapi/png';
import { auditor, recordClickListeners } from './a11y-checks';
import { personIn, shooter, type Person } from './loop-people';

const root = path.resolve(__dirname, '../..');
const shots = path.join(root, 'tests/out/screenshots');
const shot = shooter(shots);
const WAIT = { timeout: 30_000 };
const { audit, write } = auditor('activity', { minText: 16 });
let activityId = '';
const guard = (name: string) => {
  if (!name.startsWith('1') && !activityId) throw new Error('no activity: the publish step failed');
};
const step = stepper('activity', guard);
const DESK = { width: 1366, height: 768 };
const TITLE = '社区广场免费理发';
const POINTS = 12;
/** 上门理发's points (the menu's). */
const WISH_POINTS = 10;
const PHONE = '13912340077';
let wishId = '';

let cloud: LocalCloud;
let browser: Browser;
let organiser: Person;
let volunteers: Person[];
let resident: Person;
let leader: Person;

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true });
  ({ cloud, browser } = await startProduct());
  [organiser, resident, leader, ...volunteers] = await Promise.all(
    ['demo-dispatcher', 'demo-resident', 'demo-leader', 'demo-volunteer', 'demo-volunteer-2'].map((openid) =>
      personIn(browser, cloud.baseUrl, openid),
    ),
  );
  await organiser.page.setViewportSize(DESK);
  for (const p of [organiser, resident, leader, ...volunteers]) await recordClickListeners(p.context);
}, 600_000);

afterAll(async () => {
  write();
  await browser?.close();
  await cloud?.stop();
});

const pad = (n: number) => String(n).padStart(2, '0');
/** Shanghai wall clock of `at`: date and HH:MM. */
function shanghai(at: Date): { date: string; time: string } {
  const w = new Date(at.getTime() + 8 * 3_600_000);
  return { date: w.toISOString().slice(0, 10), time: `${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}` };
}

/** Fills a kit FormInput (Taro's H5 Input wraps the real <input>). */
async function type(page: Page, id: string, value: string): Promise<void> {
  const box = page.locator(`#${id} input, #${id} textarea`).first();
  await box.fill(value, WAIT);
}

/** The six digits the organiser's page shows now (it may have rotated since the last look). */
async function currentDigits(): Promise<string> {
  const { page } = organiser;
  await page.locator('#activity-refresh').click(WAIT);
  const digits = (await page.locator('#code-digits').innerText(WAIT)).trim();
  assert.match(digits, /^\d{6}$/);
  return digits;
}

test(
  '1 the dispatcher at the desk: 派单台 → 活动组织 → 发布活动 (today, starting within the hour)',
  () =>
    step(organiser, '1-publish', async () => {
      const { page } = organiser;
      await page.goto(`${cloud.baseUrl}/#/dispatcher/pages/queue/index`);
      await page.locator('#queue-activities').click(WAIT);
      await page.locator('#activities-page #activities-empty').waitFor(WAIT);
      await page.locator('#publish-activity').click(WAIT);
      const form = page.locator('#activity-new-page');
      await form.locator('.community-c-jinding').waitFor(WAIT);
      // Nothing filled: the form says what is missing, in Chinese, field by field.
      await form.locator('#publish-submit').click(WAIT);
      await form.locator('.field-error[data-field="title"]').waitFor(WAIT);
      assert.match(await form.locator('.field-error[data-field="services"]').innerText(), /请至少选择一项服务/);
      await audit(page, 'publish-errors');

      // Starts 40–45 minutes from now (check-in opens an hour before), sign-up closes 5 minutes before it.
      const start = new Date(Math.ceil((Date.now() + 40 * 60_000) / 300_000) * 300_000);
      const end = new Date(Math.min(start.getTime() + 2 * 3_600_000, new Date(`${shanghai(start).date}T23:59:00+08:00`).getTime()));
      await type(page, 'publish-title', TITLE);
      await type(page, 'publish-content', '爱心理发师为社区老人免费理发，志愿者负责排队引导和登记。');
      await form.locator('.service-haircut').click(WAIT);
      await form.locator('.community-c-jinding').click(WAIT);
      await type(page, 'publish-address', '金鼎社区广场');
      await form.locator(`.date-${shanghai(start).date}`).click(WAIT);
      await type(page, 'publish-start', shanghai(start).time);
      await type(page, 'publish-end', shanghai(end).time);
      await type(page, 'publish-quota', '5');
      await form.locator('.skill-haircut').click(WAIT);
      await form.locator('.signup-day-0').click(WAIT);
      await type(page, 'publish-signup-time', shanghai(new Date(start.getTime() - 5 * 60_000)).time);
      await type(page, 'publish-points', String(POINTS));
      await audit(page, 'publish-form');
      await shot(organiser, 'activity-1-publish-desk');
      await form.locator('#publish-submit').click(WAIT);
      const shown = page.locator('#activity-page');
      await shown.locator('#activity-facts').waitFor(WAIT);
      activityId = new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? '';
      assert.match(activityId, /^[0-9A-Za-z_-]+$/);
      assert.match(await shown.locator('#activity-facts').innerText(), new RegExp(`${TITLE}[\\s\\S]*金鼎社区 · 金鼎社区广场`));
      assert.equal(await shown.locator('#count-signed').getAttribute('data-count'), '0');
      await shown.locator('#roster-empty').waitFor(WAIT);
    }),
  240_000,
);

test(
  '2 a resident on a phone: 社区活动 from the stairwell → 我会去; the organiser sees 居民说会来 1',
  () =>
    step(resident, '2-will-come', async () => {
      const { page } = resident;
      await page.goto(`${cloud.baseUrl}/#/pages/index/index?scene=B-0012`);
      await page.locator('#building-card').waitFor(WAIT);
      await page.locator('#community-activities').click(WAIT);
      const item = page.locator(`#upcoming-${activityId}`);
      await item.waitFor(WAIT);
      assert.equal(await item.locator('.upcoming-count').getAttribute('data-count'), '0');
      await item.locator(`#will-come-${activityId}`).click(WAIT);
      await page.waitForFunction(
        (id) => document.querySelector(`#upcoming-${id} .upcoming-count`)?.getAttribute('data-count') === '1',
        activityId,
        WAIT,
      );
      assert.match(await item.innerText(), /✓ 我会去/);
      await audit(page, 'resident-upcoming', { minText: 18 });
      await shot(resident, 'activity-2-resident-phone');
    }).then(() =>
      step(organiser, '2-count', async () => {
        await organiser.page.locator('#activity-refresh').click(WAIT);
        await organiser.page.waitForFunction(
          () => document.querySelector('#count-willcome')?.getAttribute('data-count') === '1',
          null,
          WAIT,
        );
      }),
    ),
  120_000,
);

test('3 two volunteers on phones sign up (志愿活动 → the activity → 我要报名)', async () => {
  for (const [i, v] of volunteers.entries()) {
    await step(v, `3-sign-up-${i + 1}`, async () => {
      const { page } = v;
      await page.goto(`${cloud.baseUrl}/#/pages/index/index`);
      await page.locator('#volunteer-activities').click(WAIT);
      await page.locator(`#volunteer-activities-page #activity-${activityId}`).click(WAIT);
      const shown = page.locator('#volunteer-activity-page');
      await shown.locator('#sign-up').click(WAIT);
      await page.waitForFunction(() => document.querySelector('#my-signup')?.getAttribute('data-status') === 'signed_up', null, WAIT);
      assert.match(await shown.locator('#activity-facts').innerText(), new RegExp(`已报名 ${i + 1}/5`));
      if (i === 0) {
        await audit(page, 'volunteer-signed-up');
        await shot(v, 'activity-3-signed-up-phone');
      }
    });
  }
}, 120_000);

test('4 the organiser shows 现场签到码; each volunteer checks in, then out, by typing the six digits', async () => {
  await step(organiser, '4-code', async () => {
    const { page } = organiser;
    await page.locator('#activity-refresh').click(WAIT);
    await page.waitForFunction(() => document.querySelector('#count-signed')?.getAttribute('data-count') === '2', null, WAIT);
    await page.locator('#show-code').click(WAIT);
    const qr = page.locator('#code-qr');
    await qr.waitFor(WAIT);
    const png = readPng(await qr.screenshot());
    const rgba = new Uint8ClampedArray(png.width * png.height * 4);
    for (let y = 0; y < png.height; y++) for (let x = 0; x < png.width; x++) rgba.set(png.pixel(x, y), (y * png.width + x) * 4);
    const scanned = jsQR(rgba, png.width, png.height)?.data ?? '';
    assert.equal(scanned, await page.locator('.code-box').getAttribute('data-qr'), 'the QR on the screen decodes to the code');
    assert.equal(await page.locator('.roster-row').count(), 2);
    assert.match(await page.locator('#roster').innerText(), /李\*[\s\S]*138\*{4}0002/);
    await audit(page, 'organiser-code');
    await shot(organiser, 'activity-4-code-desk');
  });
  for (const [i, v] of volunteers.entries()) {
    for (const [word, status] of [
      ['in', 'checked_in'],
      ['out', 'checked_out'],
    ] as const) {
      const digits = await currentDigits();
      await step(v, `4-check-${word}-${i + 1}`, async () => {
        const { page } = v;
        await page.locator('#scan-digits input').fill(digits, WAIT);
        await page.locator('#scan-submit').click(WAIT);
        await page.waitForFunction((s) => document.querySelector('#scan-result')?.getAttribute('data-status') === s, status, WAIT);
        if (i === 0) {
          await audit(page, `volunteer-checked-${word}`);
          await shot(v, `activity-5-checked-${word}-phone`);
        }
      });
    }
  }
  assert.match(await volunteers[0].page.locator('#scan-result').innerText(), /已签退，本次服务 \d+分钟（只计活动时间内/);
}, 240_000);

test('4a the resident files a wish; the dispatcher opens it on 派单台 at the desk and 加入活动 folds it in; the resident reads when and where', async () => {
  await step(resident, '4a-wish', async () => {
    const { page } = resident;
    await page.goto(`${cloud.baseUrl}/#/pages/index/index?scene=B-0012`);
    await page.locator('#new-wish').click(WAIT);
    await page.locator('#place-banner').waitFor(WAIT);
    await page.locator('.category-haircut').first().click(WAIT);
    await page.locator('#wish-description textarea').fill('腿脚不方便，想请志愿者帮忙理个发。', WAIT);
    await page.locator('#wish-name input').fill('王秀英', WAIT);
    await page.locator('#wish-phone input').fill(PHONE, WAIT);
    await page.locator('#wish-room input').fill('302', WAIT);
    await page.locator('#wish-submit').click(WAIT);
    await page.locator('#privacy-agree').click(WAIT);
    await page.locator('#wish-status[data-status="submitted"]').waitFor(WAIT);
    wishId = new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? '';
    assert.match(wishId, /^[0-9A-Za-z_-]+$/);
  });
  await step(organiser, '4a-attach', async () => {
    const { page } = organiser;
    await page.goto(`${cloud.baseUrl}/#/dispatcher/pages/queue/index`);
    await page.locator(`#queue-card-${wishId}`).click(WAIT);
    const desk = page.locator('.desk-detail');
    const choice = desk.locator(`#activity-${activityId}`);
    await choice.click(WAIT);
    assert.match((await choice.getAttribute('class')) ?? '', /option--on/, 'the chosen activity shows as chosen');
    await audit(page, 'dispatcher-attach');
    await shot(organiser, 'activity-4a-attach-desk');
    await desk.locator('#attach-activity').click(WAIT);
    assert.match(await desk.locator('#action-done').innerText(WAIT), new RegExp(`已加入「${TITLE}」`));
    await desk.locator('#wish-status[data-status="dispatched"]').waitFor(WAIT);
    assert.match(await untilText(desk.locator('.wish-route'), new RegExp(TITLE)), new RegExp(TITLE));
    assert.equal(await desk.locator('.wish-activity-place').innerText(), '金鼎社区广场');
    await shot(organiser, 'activity-4a-attached-desk');
    // The organiser's page lists it among the wishes folded in.
    await page.goto(`${cloud.baseUrl}/#/dispatcher/pages/activity/index?id=${activityId}`);
    assert.match(await page.locator('#activity-wishes').innerText(WAIT), /上门理发/);
  });
  await step(resident, '4a-detail', async () => {
    const { page } = resident;
    await page.reload();
    const joined = page.locator('#activity-joined');
    assert.match(await joined.innerText(WAIT), new RegExp(`${TITLE}[\\s\\S]*\\d{2}:\\d{2}–\\d{2}:\\d{2}，金鼎社区广场`));
    await audit(page, 'resident-activity-joined');
    await shot(resident, 'activity-4a-resident-phone');
  });
}, 180_000);

test('4b the first volunteer claims the wish on the activity page, serves it on the order page; the resident rates it', async () => {
  const [first, second] = volunteers;
  await step(first, '4b-claim', async () => {
    const { page } = first;
    await page.goto(`${cloud.baseUrl}/#/volunteer/pages/activity/index?id=${activityId}`);
    const row = page.locator(`#activity-wish-${wishId}`);
    assert.match(await row.innerText(WAIT), /上门理发/);
    for (const secret of ['王秀英', PHONE, '302'])
      assert.ok(!(await page.locator('#volunteer-activity-page').innerText()).includes(secret));
    await audit(page, 'volunteer-activity-wishes');
    await shot(first, 'activity-4b-wishes-phone');
    await page.locator(`#claim-wish-${wishId}`).click(WAIT);
    await page.locator(`#open-wish-${wishId}`).click(WAIT);
    const order = page.locator('#volunteer-order-page');
    assert.equal(await order.locator('#contact-phone[data-masked="false"]').innerText(WAIT), PHONE, 'the claimant sees the contact');
    assert.match(await order.locator('.order-route').innerText(WAIT), new RegExp(TITLE));
    await order.locator('#check-in-button').click(WAIT);
    await order.locator('#order-status[data-status="in_service"]').waitFor(WAIT);
    await order.locator('#complete-summary textarea').fill('活动现场理了发，老人很满意。', WAIT);
    await order.locator('#complete-minutes input').fill('30', WAIT);
    await order.locator('#complete-button').click(WAIT);
    await order.locator('#order-status[data-status="completed"]').waitFor(WAIT);
    await audit(page, 'volunteer-order-completed');
    await shot(first, 'activity-4b-order-completed-phone');
  });
  await step(second, '4b-taken', async () => {
    const { page } = second;
    await page.goto(`${cloud.baseUrl}/#/volunteer/pages/activity/index?id=${activityId}`);
    assert.match(await page.locator(`#activity-wish-${wishId}`).innerText(WAIT), /已有志愿者认领/);
    assert.equal(await page.locator(`#claim-wish-${wishId}`).count(), 0);
  });
  await step(resident, '4b-rate', async () => {
    const { page } = resident;
    await page.reload();
    await page.locator('#wish-status[data-status="completed"]').waitFor(WAIT);
    await page.locator('#rate-card .star-5').click(WAIT);
    await page.locator('#rate-submit').click(WAIT);
    await page.locator('#wish-status[data-status="closed"], #wish-status[data-status="rated"]').waitFor(WAIT);
    assert.match(await page.locator('#activity-joined').innerText(), new RegExp(TITLE));
    await shot(resident, 'activity-4b-rated-phone');
  });
  // Back to the activity's page for the closing.
  await organiser.page.goto(`${cloud.baseUrl}/#/dispatcher/pages/activity/index?id=${activityId}`);
  await organiser.page.locator('#activity-facts').waitFor(WAIT);
}, 180_000);

test(
  "5 the activity ends; the organiser corrects 李*'s times and closes after the confirmation",
  () =>
    step(organiser, '5-close', async () => {
      const { page } = organiser;
      // Let it end: the stored times move three hours back (a 2-hour activity that ended an hour ago).
      // Whole minutes, as the organiser types them (09:05), so the corrected times span the activity exactly.
      const now = Math.floor(Date.now() / 60_000) * 60_000;
      const startAt = new Date(now - 3 * 3_600_000);
      const endAt = new Date(now - 3_600_000);
      const signUpBy = new Date(now - 4 * 3_600_000);
      await cloud.db.update(
        'activities',
        { _id: activityId },
        { $set: { startAt, endAt, signUpBy, withdrawBy: signUpBy } },
        { multi: false, replace: false, upsert: false },
      );
      await page.locator('#activity-refresh').click(WAIT);
      await page.locator('#close-activity').waitFor(WAIT);
      const row = page.locator('.roster-row', { hasText: '李*' });
      await row.locator('[id^="correct-"]').click(WAIT);
      await page.locator('#correct-form').waitFor(WAIT);
      await type(page, 'correct-in', shanghai(startAt).time);
      await type(page, 'correct-out', shanghai(endAt).time);
      await type(page, 'correct-reason', '手机没电，现场登记的时间');
      await audit(page, 'organiser-correct');
      await page.locator('#correct-submit').click(WAIT);
      await page.locator('#activity-done').waitFor(WAIT);
      assert.match(await untilText(page.locator('.roster-row', { hasText: '李*' }), /2小时/), /2小时/);
      await page.locator('#close-activity').click(WAIT);
      const body = page.locator('#close-dialog-body');
      await body.waitFor(WAIT);
      assert.match(await body.innerText(), new RegExp(`2 人到场，每人 ${POINTS} 积分；未到 0 人`));
      await audit(page, 'organiser-close-dialog');
      await shot(organiser, 'activity-6-close-dialog-desk');
      await page.locator('#close-confirm').click(WAIT);
      const result = page.locator('#close-result');
      await result.waitFor(WAIT);
      assert.match(await result.innerText(), new RegExp(`2 人到场，共发放 ${POINTS * 2} 积分`));
      await audit(page, 'organiser-closed');
      await shot(organiser, 'activity-7-closed-desk');
    }),
  180_000,
);

test("6 both passbooks show the activity's points; the first also the wish's, beside it", async () => {
  for (const [i, v] of volunteers.entries()) {
    await step(v, `6-passbook-${i + 1}`, async () => {
      const { page } = v;
      await page.goto(`${cloud.baseUrl}/#/volunteer/pages/passbook/index`);
      const book = page.locator('#passbook-page');
      await book.locator('.passbook-entry').first().waitFor(WAIT);
      assert.equal((await book.locator('#passbook-balance').innerText()).trim(), String(POINTS + (i === 0 ? WISH_POINTS : 0)));
      const entries = (await book.locator('.passbook-entry').allInnerTexts()).join('\n');
      assert.match(entries, new RegExp(`${TITLE}[\\s\\S]*\\+${POINTS}`));
      if (i === 0) assert.match(entries, new RegExp(`上门理发[\\s\\S]*\\+${WISH_POINTS}`));
      if (i === 0) {
        await audit(page, 'passbook');
        await shot(v, 'activity-8-passbook-phone');
      }
    });
  }
}, 120_000);

test(
  '7 a team leader on a phone: 队伍管理 → 组织活动 → 发布活动 for 乐修匠 (its communities only, the defaults kept)',
  () =>
    step(leader, '7-leader', async () => {
      const { page } = leader;
      await page.goto(`${cloud.baseUrl}/#/volunteer/pages/teams/index`);
      await page.locator('#organise-t-lexiujiang').click(WAIT);
      await page.locator('#activities-page #publish-activity').click(WAIT);
      const form = page.locator('#activity-new-page');
      await form.locator('.community-c-qingyun').waitFor(WAIT);
      assert.deepEqual(
        await form.locator('[class*="community-c-"]').evaluateAll((els) => els.map((e) => /community-(c-[a-z]+)/.exec(e.className)?.[1])),
        ['c-jinding', 'c-qingyun'],
      );
      await type(page, 'publish-title', '社区服务日：小家电义修');
      await type(page, 'publish-content', '乐修匠服务队义务维修小家电，居民可带电饭锅、台灯来修。');
      await form.locator('.service-repairs').click(WAIT);
      await form.locator('.community-c-qingyun').click(WAIT);
      await type(page, 'publish-address', '青云社区新时代文明实践站');
      await audit(page, 'leader-publish-form');
      await form.locator('#publish-submit').click(WAIT);
      const shown = page.locator('#activity-page');
      await shown.locator('#count-signed').waitFor(WAIT);
      assert.match(
        await shown.locator('#activity-facts').innerText(),
        /社区服务日：小家电义修[\s\S]*09:00–11:30[\s\S]*青云社区 · 青云社区新时代文明实践站/,
      );
      await shown.locator('#roster-empty').waitFor(WAIT);
      await audit(page, 'leader-activity');
      await shot(leader, 'activity-9-leader-phone');
    }),
  120_000,
);
