// Abuse: daily quotas per OPENID and per phone under a burst of 50 concurrent submissions; the content
// check (msgSecCheck v2) on every free-text field of the registry that other people read; points for
// serving one's own wish; and no name, phone or room number in anything the local cloud prints while a
// whole five-order loop and a string of refusals run through its gateway.
import { VALID_INPUTS } from '../domain/schema-examples';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import * as z from 'zod';
import type { LocalCloud } from '../../localcloud';
import { registry } from '../../src/domain/schemas';
import type { Wish } from '../../src/domain/wish/wish';
import { storeElderVisit } from '../helpers/elders';
import { startFunctionsCloud } from '../helpers/functions';
import { wishForm, clientCall, type ClientAnswer } from '../helpers/people';
import { api, devLogin, seededDataDir, startCloudProcess, type ApiAnswer } from './fault-process';
import { sharedFunctions } from '../helpers/built';
import { tally } from './race-invariants';
import { volunteerKey } from '../../cloudfunctions/_lib/collections/volunteers';

const RISKY = '测试违规词'; // localcloud/blocklist.txt: a test-only word the local msgSecCheck answers "risky"
const figures: string[] = [];
const t0 = Date.now();
afterAll(() =>
  console.log(['', '=== abuse.test.ts figures ===', ...figures, `total ${((Date.now() - t0) / 1000).toFixed(1)} s`, ''].join('\n')),
);

let cloud: LocalCloud;

type Call = ClientAnswer;
const call = (openid: string | undefined, fn: string, event: Record<string, unknown>) => clientCall(cloud, openid, fn, event);

const wishDoc = (id: string) => cloud.db.get('wishes').docs.get(id) as unknown as Wish | undefined;
const filedBy = (openid: string) => [...cloud.db.get('wishes').docs.values()].filter((w) => w.filedBy === openid).length;
const visitOrder = (id: string) => cloud.db.get('visits').docs.get(id) as unknown as { status: string; wishId?: string };
let visitNo = 0;
/** An elder of 乐修匠's pool and one order of theirs (planned unless said otherwise): its id. */
const abuseVisit = (order: Record<string, unknown> = {}) =>
  storeElderVisit(cloud, `abuse-elder-${++visitNo}`, { order: { dueAt: new Date(), ...order } });
let residentNo = 0;
function resident(): { openid: string; phone: string } {
  residentNo++;
  return { openid: `abuse-res-${residentNo}`, phone: `1338${String(residentNo).padStart(7, '0')}` };
}

async function submitted(): Promise<{ wishId: string; owner: string }> {
  const { openid, phone } = resident();
  const s = await call(openid, 'wish', wishForm({ contact: { name: '郑淑珍', phone } }));
  assert.equal(s.data?.outcome, 'created', JSON.stringify(s));
  return { wishId: s.data.wishId as string, owner: openid };
}

async function advance(
  wishId: string,
  until: 'dispatched' | 'claimed' | 'in_service' | 'completed',
  volunteer = 'demo-volunteer',
): Promise<void> {
  const steps: Array<[string, string, Record<string, unknown>]> = [
    ['demo-dispatcher', 'dispatch', { action: 'dispatch', wishId, teamId: 't-lexiujiang' }],
    [volunteer, 'volunteer', { action: 'claim', wishId }],
    [volunteer, 'volunteer', { action: 'check_in', wishId }],
    [volunteer, 'volunteer', { action: 'complete', wishId, summary: '已上门服务', minutes: 30 }],
  ];
  const n = { dispatched: 1, claimed: 2, in_service: 3, completed: 4 }[until];
  for (const [who, fn, event] of steps.slice(0, n)) {
    const r = await call(who, fn, event);
    assert.equal(r.ok, true, `${fn}.${String(event.action)}: ${JSON.stringify(r)}`);
  }
}

beforeAll(async () => {
  cloud = await startFunctionsCloud({ poolSize: 8 });
});
afterAll(() => cloud.stop());

describe('daily quotas under a burst', () => {
  test('one OPENID fires 50 submissions at once (50 different phones): exactly 5 are accepted', async () => {
    const openid = 'burst-openid';
    const results = await Promise.all(
      Array.from({ length: 50 }, (_x, i) =>
        call(openid, 'wish', wishForm({ contact: { name: '钱玉兰', phone: `1377001${String(i).padStart(4, '0')}` } })),
      ),
    );
    const codes: Record<string, number> = {};
    for (const r of results) tally(codes, r.ok ? r.data.outcome : r.error!.code);
    figures.push(`burst per OPENID: 50 concurrent submissions → ${JSON.stringify(codes)}`);
    assert.deepEqual(codes, { created: 5, 'WISH.RATE_LIMITED': 45 });
    assert.equal([...cloud.db.get('wishes').docs.values()].filter((w) => w.filedBy === openid).length, 5);
  });

  test('one phone is used by 50 OPENIDs at once: exactly 5 are accepted; a refusal takes none of the refused person’s own quota', async () => {
    const phone = '13770029999';
    const who = Array.from({ length: 50 }, (_x, i) => `burst-phone-${i}`);
    const results = await Promise.all(
      who.map((openid) => call(openid, 'wish', wishForm({ contact: { name: '孙海燕', phone }, confirmDuplicate: true }))),
    );
    const codes: Record<string, number> = {};
    for (const r of results) tally(codes, r.ok ? r.data.outcome : r.error!.code);
    figures.push(`burst per phone: 50 OPENIDs, one phone, concurrently → ${JSON.stringify(codes)}`);
    assert.deepEqual(codes, { created: 5, 'WISH.RATE_LIMITED': 45 });
    assert.equal([...cloud.db.get('wishes').docs.values()].filter((w) => (w.contact as { phone: string }).phone === phone).length, 5);
    // Both counters are taken in one conditional update, so a refusal takes nothing: they may still file with their own phone.
    const refused = who.filter((_x, i) => !results[i]!.ok);
    const again = await call(refused[0], 'wish', wishForm({ contact: { name: '孙海燕', phone: '13770028888' } }));
    assert.equal(again.data?.outcome, 'created', JSON.stringify(again));
  });

  test('a burst of 50 mixing 10 OPENIDs and 7 phones: no OPENID and no phone passes 5', async () => {
    const pairs = Array.from({ length: 50 }, (_x, i) => ({
      openid: `burst-mix-${i % 10}`,
      phone: `1377003${String((i * 3) % 7).padStart(4, '0')}`,
    }));
    const results = await Promise.all(
      pairs.map((p) => call(p.openid, 'wish', wishForm({ contact: { name: '冯德明', phone: p.phone }, confirmDuplicate: true }))),
    );
    const perOpenid: Record<string, number> = {};
    const perPhone: Record<string, number> = {};
    pairs.forEach((p, i) => {
      if (results[i]!.ok) {
        tally(perOpenid, p.openid);
        tally(perPhone, p.phone);
      }
    });
    const created = results.filter((r) => r.ok).length;
    figures.push(
      `burst mixing 10 OPENIDs × 7 phones: ${created} of 50 accepted; max per OPENID ${Math.max(...Object.values(perOpenid))}, max per phone ${Math.max(...Object.values(perPhone))}`,
    );
    assert.ok(Object.values(perOpenid).every((n) => n <= 5) && Object.values(perPhone).every((n) => n <= 5));
    assert.ok(results.every((r) => r.ok || r.error?.code === 'WISH.RATE_LIMITED'));
  });
});

describe('quota and content together', () => {
  test("submissions refused by the content check use up nobody's quota: 5 refused filings with a victim's phone leave the victim able to file", async () => {
    const victimPhone = '13770050001';
    const attacker = 'abuse-quota-burner';
    const refused = await Promise.all(
      Array.from({ length: 5 }, () =>
        call(
          attacker,
          'wish',
          wishForm({ contact: { name: '褚建国', phone: victimPhone }, description: `求助${RISKY}`, confirmDuplicate: true }),
        ),
      ),
    );
    assert.ok(refused.every((r) => r.error?.code === 'WISH.CONTENT_RISKY'));
    const victim = await call('abuse-quota-victim', 'wish', wishForm({ contact: { name: '卫淑珍', phone: victimPhone } }));
    const attackerAgain = await call(attacker, 'wish', wishForm({ contact: { name: '褚建国', phone: '13770050002' } }));
    figures.push(
      `5 content-refused filings with a victim's phone: victim then → ${victim.ok ? victim.data.outcome : victim.error!.code}; the attacker with their own phone → ${attackerAgain.ok ? attackerAgain.data.outcome : attackerAgain.error!.code}`,
    );
    assert.equal(victim.data?.outcome, 'created', `the victim can still file: ${JSON.stringify(victim)}`);
  });
});

// ---------------------------------------------------------------------------------------------------
// The content check on every free-text field.

type Json = {
  type?: string;
  properties?: Record<string, Json>;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  items?: Json;
  anyOf?: Json[];
  /** A discriminated union (bank.set_setting's keys) is a oneOf. */
  oneOf?: Json[];
  allOf?: Json[];
};

/** Every input string field of the registry that can carry words: no enum, and no pattern that excludes them. */
function freeTextFields(): string[] {
  const out: string[] = [];
  const walk = (s: Json, at: string) => {
    for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? [])]) walk(alt, at);
    if (s.type === 'object')
      for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, at.endsWith(':') ? `${at}${k}` : `${at}.${k}`);
    if (s.type === 'array' && s.items) walk(s.items, `${at}[]`);
    // A string is free text unless a pattern (its own, or any of several given as allOf) keeps RISKY out.
    const patterns = [s.pattern, ...(s.allOf ?? []).map((p) => p.pattern)].filter((p): p is string => !!p);
    if (s.type === 'string' && s.enum === undefined && s.const === undefined && patterns.every((p) => new RegExp(p, 'u').test(RISKY)))
      out.push(at);
  };
  for (const [fn, actions] of Object.entries(registry)) {
    for (const [action, schemas] of Object.entries(actions as Record<string, { input: z.ZodType }>)) {
      walk(z.toJSONSchema(schemas.input, { io: 'input', unrepresentable: 'any' }) as Json, `${fn}.${action}:`);
    }
  }
  // A field in several alternatives of a union is one field.
  return [...new Set(out)].sort();
}

interface Checked {
  /** Who writes it and who reads it. */
  shownTo: string;
  /** Sends RISKY in this field; returns the answer and whether anything was written. */
  attempt: () => Promise<{ answer: Call; wrote: boolean }>;
}

/** An admin's invitation of a merchant for a new shop, with some fields replaced. */
const invite = (over: Record<string, string>) => ({
  action: 'invite',
  role: 'merchant',
  scope: { kind: 'shop', id: 'shop-abuse' },
  shopName: '爱心小店',
  note: '新商户',
  ...over,
});

/** Text other people read: must be refused with WISH.CONTENT_RISKY, and nothing written. */
/** The merchant's shop profile as 我的店铺 would send it, at the stored version. */
const shopProfile = () => {
  const shop = cloud.db.get('shops').docs.get('shop-xingfu') as { version?: number } | undefined;
  return {
    action: 'edit_shop',
    version: shop?.version ?? 0,
    address: '翠湖小区南门旁',
    hours: '每天 8:00–21:00',
    intro: '社区里的爱心超市',
  };
};

const CHECKED: Record<string, Checked> = {
  'wish.submit:description': {
    shownTo: 'resident → dispatcher, team (hall), claimant',
    attempt: async () => {
      const { openid, phone } = resident();
      const form = wishForm({ description: `楼道里有${RISKY}需要处理`, contact: { name: '郑淑珍', phone } });
      return { answer: await call(openid, 'wish', form), wrote: filedBy(openid) > 0 };
    },
  },
  'wish.submit:contact.name': {
    shownTo: 'resident → dispatcher, team (masked), claimant',
    attempt: async () => {
      const { openid, phone } = resident();
      const form = wishForm({ contact: { name: RISKY, phone } });
      return { answer: await call(openid, 'wish', form), wrote: filedBy(openid) > 0 };
    },
  },
  'wish.submit:helper.name': {
    shownTo: '帮办员 → dispatcher, team (masked), claimant',
    attempt: async () => {
      const before = filedBy('demo-helper');
      const form = wishForm({
        proxy: true,
        contact: { name: '王奶奶', phone: '0871-63120099' },
        helper: { name: RISKY, phone: '13700000001' },
        noPhone: false,
        proxyConsent: true,
      });
      return { answer: await call('demo-helper', 'wish', form), wrote: filedBy('demo-helper') > before };
    },
  },
  'wish.rate:comment': {
    shownTo: 'resident → claimant, team, dispatcher',
    attempt: async () => {
      const { wishId, owner } = await submitted();
      await advance(wishId, 'completed');
      const answer = await call(owner, 'wish', { action: 'rate', wishId, stars: 5, comment: `服务很好${RISKY}` });
      return { answer, wrote: wishDoc(wishId)!.status !== 'completed' };
    },
  },
  'wish.cancel:reason': {
    shownTo: 'resident → dispatcher and the team it was dispatched to (timeline note)',
    attempt: async () => {
      const { wishId, owner } = await submitted();
      await advance(wishId, 'dispatched');
      const answer = await call(owner, 'wish', { action: 'cancel', wishId, reason: `不需要了${RISKY}` });
      return { answer, wrote: wishDoc(wishId)!.status !== 'dispatched' };
    },
  },
  'volunteer.register:name': {
    shownTo: 'volunteer → team leader (members list)',
    attempt: async () => {
      const answer = await call('abuse-register', 'volunteer', {
        action: 'register',
        name: RISKY,
        phone: '13812340000',
        skills: ['repair'],
        communityId: 'c-jinding',
        partyMember: false,
      });
      return { answer, wrote: cloud.db.get('volunteers').docs.has('abuse-register') };
    },
  },
  'volunteer.complete:summary': {
    shownTo: 'volunteer → resident, dispatcher, team',
    attempt: async () => {
      const { wishId } = await submitted();
      await advance(wishId, 'in_service');
      const answer = await call('demo-volunteer', 'volunteer', { action: 'complete', wishId, summary: `已处理${RISKY}`, minutes: 30 });
      return { answer, wrote: wishDoc(wishId)!.status !== 'in_service' };
    },
  },
  'volunteer.confirm_minutes:reason': {
    shownTo: 'team leader (a volunteer) → the claimant, dispatcher (completion, timeline)',
    attempt: async () => {
      const { wishId } = await submitted();
      await advance(wishId, 'in_service');
      assert.equal(
        (await call('demo-volunteer', 'volunteer', { action: 'complete', wishId, summary: '已上门服务', minutes: 240 })).ok,
        true,
      );
      const answer = await call('demo-leader', 'volunteer', { action: 'confirm_minutes', wishId, minutes: 120, reason: `属实${RISKY}` });
      return { answer, wrote: !wishDoc(wishId)!.completion?.toConfirm };
    },
  },
  'dispatch.award:reason': {
    shownTo: 'dispatcher → the volunteer (passbook memo)',
    attempt: async () => {
      const { wishId, owner } = await submitted();
      await advance(wishId, 'completed');
      assert.equal((await call(owner, 'wish', { action: 'rate', wishId, stars: 1, comment: '没修好' })).ok, true);
      const answer = await call('demo-dispatcher', 'dispatch', { action: 'award', wishId, points: 5, reason: `补记${RISKY}` });
      return { answer, wrote: cloud.db.get('journal').docs.has(`award:${wishId}:0`) };
    },
  },
  'bank.save_item:name': {
    shownTo: 'merchant → volunteers (爱心兑换)',
    attempt: async () => {
      const answer = await call('demo-merchant', 'bank', {
        action: 'save_item',
        version: 0,
        name: `挂面${RISKY}`,
        points: 20,
        stock: 3,
        active: true,
      });
      return { answer, wrote: [...cloud.db.get('rewards').docs.values()].some((d) => String(d.name).includes(RISKY)) };
    },
  },
  'bank.save_item:note': {
    shownTo: 'merchant → volunteers (爱心兑换)',
    attempt: async () => {
      const event = { action: 'save_item', version: 0, name: '挂面', points: 20, stock: 3, active: true, note: `每人限一份${RISKY}` };
      const answer = await call('demo-merchant', 'bank', event);
      return { answer, wrote: [...cloud.db.get('rewards').docs.values()].some((d) => String(d.note ?? '').includes(RISKY)) };
    },
  },
  'bank.bonus:reason': {
    shownTo: 'admin → the volunteer (passbook memo)',
    attempt: async () => {
      const event = {
        action: 'bonus',
        volunteerId: 'demo-volunteer',
        payer: 'branch',
        points: 1,
        reason: `奖励${RISKY}`,
        requestId: 'req_abuse_bonus_1',
      };
      const answer = await call('demo-admin', 'bank', event);
      return { answer, wrote: cloud.db.get('journal').docs.has('bonus:demo-volunteer:req_abuse_bonus_1') };
    },
  },
  'admin.edit_shop:address': {
    shownTo: 'merchant → volunteers (爱心兑换, the shop profile)',
    attempt: async () => {
      const event = { ...shopProfile(), address: `${shopProfile().address}${RISKY}` };
      const answer = await call('demo-merchant', 'admin', event);
      return { answer, wrote: String(cloud.db.get('shops').docs.get('shop-xingfu')?.address ?? '').includes(RISKY) };
    },
  },
  'admin.edit_shop:hours': {
    shownTo: 'merchant → volunteers (爱心兑换, the shop profile)',
    attempt: async () => {
      const event = { ...shopProfile(), hours: `${shopProfile().hours}${RISKY}` };
      const answer = await call('demo-merchant', 'admin', event);
      return { answer, wrote: String(cloud.db.get('shops').docs.get('shop-xingfu')?.hours ?? '').includes(RISKY) };
    },
  },
  'admin.edit_shop:intro': {
    shownTo: 'merchant → volunteers (爱心兑换, the shop profile)',
    attempt: async () => {
      const event = { ...shopProfile(), intro: `${shopProfile().intro}${RISKY}` };
      const answer = await call('demo-merchant', 'admin', event);
      return { answer, wrote: String(cloud.db.get('shops').docs.get('shop-xingfu')?.intro ?? '').includes(RISKY) };
    },
  },
  'bank.correct:reason': {
    shownTo: 'admin → both passbooks of the corrected entry (memo)',
    attempt: async () => {
      const entryId = [...cloud.db.get('journal').docs.keys()][0]!;
      const event = { action: 'correct', entryId, reason: `更正${RISKY}`, requestId: 'req_abuse_correct_1' };
      const answer = await call('demo-admin', 'bank', event);
      return { answer, wrote: cloud.db.get('journal').docs.has(`reversal:${entryId}`) };
    },
  },
  'people.invite:from': {
    shownTo: 'admin → the invitee (invitation page), admins (list, audit record)',
    attempt: async () => {
      const seq = cloud.db.seq;
      const answer = await call('demo-admin', 'people', invite({ from: RISKY }));
      return { answer, wrote: cloud.db.seq !== seq };
    },
  },
  'people.invite:note': {
    shownTo: 'admin → the invitee (invitation page), admins (list, audit record)',
    attempt: async () => {
      const seq = cloud.db.seq;
      const answer = await call('demo-admin', 'people', invite({ note: `新商户${RISKY}` }));
      return { answer, wrote: cloud.db.seq !== seq };
    },
  },
  'people.invite:shopName': {
    shownTo: 'admin → the invitee (invitation page), admins (list, audit record)',
    attempt: async () => {
      const seq = cloud.db.seq;
      const answer = await call('demo-admin', 'people', invite({ shopName: RISKY }));
      return { answer, wrote: cloud.db.seq !== seq };
    },
  },
  'people.accept:name': {
    shownTo: 'the invitee → admins (人员与权限, 授权记录)',
    attempt: async () => {
      const made = await call('demo-admin', 'people', invite({ note: '' }));
      assert.equal(made.ok, true, JSON.stringify(made));
      const seq = cloud.db.seq;
      const answer = await call('abuse-invitee', 'people', { action: 'accept', token: made.data.token, name: RISKY });
      return { answer, wrote: cloud.db.seq !== seq };
    },
  },
  'volunteer.return:reason': {
    shownTo: 'team leader (a volunteer) → resident (timeline note), dispatcher',
    attempt: async () => {
      const { wishId } = await submitted();
      await advance(wishId, 'dispatched');
      const answer = await call('demo-leader', 'volunteer', { action: 'return', wishId, reason: `人手不够${RISKY}` });
      return { answer, wrote: wishDoc(wishId)!.status !== 'dispatched' };
    },
  },
  // Visit orders (巡访单): a note read by the community's staff and the team; a need filed as a wish.
  'visit.record:note': {
    shownTo: "volunteer → the community's staff, the team",
    attempt: async () => {
      const visitId = await abuseVisit();
      const answer = await call('demo-volunteer', 'visit', {
        action: 'record',
        visitId,
        outcome: 'safe',
        note: `老人说${RISKY}`,
        requestId: 'req_abuse_visit_1',
      });
      return { answer, wrote: visitOrder(visitId).status !== 'planned' };
    },
  },
  'visit.to_wish:description': {
    shownTo: 'volunteer → dispatcher, team (hall), claimant (as wish.submit)',
    attempt: async () => {
      const visitId = await abuseVisit({ status: 'done', outcome: 'needs_help' });
      const before = filedBy('demo-volunteer');
      const answer = await call('demo-volunteer', 'visit', {
        ...VALID_INPUTS['visit.to_wish'],
        visitId,
        description: `楼道里有${RISKY}需要处理`,
      });
      return { answer, wrote: filedBy('demo-volunteer') > before || !!visitOrder(visitId).wishId };
    },
  },
  // Activities (活动): what an organiser publishes is read by every volunteer and resident of the
  // community; a correction's or a cancellation's reason by the other organisers.
  ...publishChecked('title', `理发${RISKY}`),
  ...publishChecked('content', `在广场为老人免费理发${RISKY}`),
  ...publishChecked('address', `广场${RISKY}`),
  'activity.correct_times:reason': {
    shownTo: "organiser → the activity's other organisers (the sign-up's history)",
    attempt: async () => {
      const activityId = await abuseActivity(true);
      const a = cloud.db.get('activities').docs.get(activityId) as unknown as { startAt: Date; endAt: Date };
      const answer = await call('demo-dispatcher', 'activity', {
        action: 'correct_times',
        activityId,
        signUpId: volunteerKey('demo-volunteer'),
        checkInAt: new Date(a.startAt).toISOString(),
        checkOutAt: new Date(a.endAt).toISOString(),
        reason: `忘记扫码${RISKY}`,
      });
      const signUp = cloud.db.get('signups').docs.get(`${activityId}_demo-volunteer`) as unknown as { status: string };
      return { answer, wrote: signUp.status !== 'signed_up' };
    },
  },
  'activity.cancel:reason': {
    shownTo: "organiser → the activity's other organisers (its history)",
    attempt: async () => {
      const activityId = await abuseActivity(false);
      const answer = await call('demo-dispatcher', 'activity', { action: 'cancel', activityId, reason: `取消${RISKY}` });
      const a = cloud.db.get('activities').docs.get(activityId) as unknown as { status: string };
      return { answer, wrote: a.status !== 'published' };
    },
  },
};

let activityNo = 0;
/** A publication with one field replaced, refused when the text is risky (nothing published by that request). */
function publishChecked(field: string, text: string): Record<string, Checked> {
  return {
    [`activity.publish:${field}`]: {
      shownTo: "organiser → the community's volunteers and residents",
      attempt: async () => {
        const before = cloud.db.get('activities').docs.size;
        const answer = await call('demo-dispatcher', 'activity', { ...activityForm(), [field]: text });
        return { answer, wrote: cloud.db.get('activities').docs.size > before };
      },
    },
  };
}
function activityForm(): Record<string, unknown> {
  const h = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();
  const { teamId: _t, ...form } = VALID_INPUTS['activity.publish'] as Record<string, unknown>;
  return { ...form, requestId: `req_abuse_act_${++activityNo}`, startAt: h(48), endAt: h(51), signUpBy: h(24), withdrawBy: h(24) };
}
/** A published activity of 金鼎社区 (demo-volunteer signed up, under way when asked): its id. */
async function abuseActivity(underWay: boolean): Promise<string> {
  const made = await call('demo-dispatcher', 'activity', activityForm());
  const activityId = (made.data as { activityId: string }).activityId;
  await call('demo-volunteer', 'activity', { action: 'sign_up', activityId });
  if (underWay) {
    const h = (n: number) => new Date(Date.now() + n * 3_600_000);
    const $set = { startAt: h(-1), endAt: h(2), signUpBy: h(-2), withdrawBy: h(-2) };
    await cloud.db.update('activities', { _id: activityId }, { $set }, { multi: false, replace: false, upsert: false });
  }
  return activityId;
}

/** Fields not checked, and why; each reason is verified where it can be. SECURITY.md lists them. */
const EXEMPT: Record<string, { why: string; verify: () => Promise<void> }> = {
  'cert.issue:idNumber': {
    why: 'personal data, not text: an identity number must pass the GB 11643 check (anything else is INPUT.INVALID), only its masked form (5101**********123X) and a keyed hash are stored, and it is never logged or shown whole',
    verify: async () => {
      const seq = cloud.db.seq;
      const r = await call('demo-volunteer', 'cert', { action: 'issue', period: { year: 2025 }, idNumber: RISKY });
      assert.equal(r.error?.code, 'INPUT.INVALID', JSON.stringify(r));
      assert.equal(cloud.db.seq, seq, 'nothing was written');
    },
  },
  'wish.building:scene': {
    why: 'a lookup key from the stairwell QR code: never stored, never shown to anyone',
    verify: async () => {
      const seq = cloud.db.seq;
      const r = await call('abuse-scene', 'wish', { action: 'building', scene: RISKY });
      assert.ok(['SCENE.INVALID', 'BUILDING.NOT_FOUND'].includes(r.error?.code ?? ''), JSON.stringify(r));
      assert.equal(cloud.db.seq, seq, 'nothing was written');
    },
  },
  'dispatch.dispatch:note': {
    why: 'written by centre staff (dispatcher role), the operator’s own text, not user-generated; gap: a compromised dispatcher account can show any text to a resident and a team',
    verify: async () => {
      const { wishId } = await submitted();
      for (const who of ['demo-resident', 'demo-volunteer', 'demo-leader']) {
        const r = await call(who, 'dispatch', { action: 'dispatch', wishId, teamId: 't-lexiujiang', note: RISKY });
        assert.equal(r.error?.code, 'AUTH.FORBIDDEN', `only a dispatcher writes a dispatch note (${who})`);
      }
    },
  },
  'dispatch.publish_to_wall:note': {
    why: 'written by centre staff (dispatcher role), like the dispatch note: the operator’s own text, shown to the claimant and staff only (not on the wall, not to the resident)',
    verify: async () => {
      const { wishId } = await submitted();
      for (const who of ['demo-resident', 'demo-volunteer', 'demo-leader']) {
        const r = await call(who, 'dispatch', { action: 'publish_to_wall', wishId, note: RISKY });
        assert.equal(r.error?.code, 'AUTH.FORBIDDEN', `only a dispatcher writes a publishing note (${who})`);
      }
    },
  },
  'admin.stairwells:search': {
    why: 'a search of the places tree by admin-area staff (admin or dispatcher role): never stored, never shown to anyone else',
    verify: async () => {
      const seq = cloud.db.seq;
      const mine = await call('demo-admin', 'admin', { action: 'stairwells', communityId: 'c-jinding', page: 0, search: RISKY });
      assert.equal(mine.ok, true, JSON.stringify(mine));
      assert.equal(cloud.db.seq, seq, 'nothing was written');
      const r = await call('demo-volunteer', 'admin', { action: 'stairwells', communityId: 'c-jinding', page: 0, search: RISKY });
      assert.equal(r.error?.code, 'AUTH.FORBIDDEN', 'only admin-area staff search the places');
    },
  },
  'admin.grant_budget:reason': {
    why: 'written by a street admin (admin role) on a budget grant, read only by admins (the journal); the operator’s own text',
    verify: async () => {
      const seq = cloud.db.seq;
      const event = { action: 'grant_budget', sponsorId: 'street-xmh', points: 1, reason: RISKY, requestId: 'req_abuse_grant_1' };
      for (const who of ['demo-resident', 'demo-volunteer', 'demo-dispatcher', 'demo-merchant']) {
        const r = await call(who, 'admin', event);
        assert.equal(r.error?.code, 'AUTH.FORBIDDEN', `only an admin grants a budget (${who})`);
      }
      assert.equal(cloud.db.seq, seq, 'nothing was written');
    },
  },
  'dispatch.queue:search': {
    why: 'a search of the workbench by centre staff (dispatcher role): never stored, never shown to anyone else',
    verify: async () => {
      const seq = cloud.db.seq;
      const mine = await call('demo-dispatcher', 'dispatch', { action: 'queue', page: 0, search: RISKY });
      assert.equal(mine.ok, true, JSON.stringify(mine));
      assert.equal(cloud.db.seq, seq, 'nothing was written');
      const r = await call('demo-volunteer', 'dispatch', { action: 'queue', page: 0, search: RISKY });
      assert.equal(r.error?.code, 'AUTH.FORBIDDEN', 'only a dispatcher searches the workbench');
    },
  },
  'people.revoke_invitation:reason': {
    why: 'written by an admin, read by admins only (the invitations list, the audit record)',
    verify: async () => {
      const r = await call('demo-dispatcher', 'people', { action: 'revoke_invitation', invitationId: 'a'.repeat(64), reason: RISKY });
      assert.equal(r.error?.code, 'AUTH.FORBIDDEN', 'only an admin revokes an invitation');
    },
  },
  'people.revoke_grant:reason': {
    why: 'written by an admin, read by admins only (the audit record)',
    verify: async () => {
      const r = await call('demo-dispatcher', 'people', { action: 'revoke_grant', personId: 'demo-helper', role: 'helper', reason: RISKY });
      assert.equal(r.error?.code, 'AUTH.FORBIDDEN', 'only an admin revokes a grant');
    },
  },
  'dispatch.reject:reason': {
    why: 'written by centre staff (dispatcher role) to the resident, the operator’s own text; same gap as the dispatch note',
    verify: async () => {
      const { wishId } = await submitted();
      const r = await call('demo-volunteer', 'dispatch', { action: 'reject', wishId, reason: RISKY });
      assert.equal(r.error?.code, 'AUTH.FORBIDDEN', 'only a dispatcher writes a reject reason');
    },
  },
  'admin.create_sponsor:name': {
    why: 'written by a street admin about a sponsor, read only by admins (赞助方与预算)',
    verify: async () => {
      const seq = cloud.db.seq;
      for (const who of ['demo-resident', 'demo-volunteer', 'demo-dispatcher', 'demo-merchant']) {
        const r = await call(who, 'admin', { ...VALID_INPUTS['admin.create_sponsor'], name: RISKY });
        assert.equal(r.error?.code, 'AUTH.FORBIDDEN', `only an admin writes a sponsor (${who})`);
      }
      assert.equal(cloud.db.seq, seq, 'nothing was written');
    },
  },
  'admin.create_sponsor:note': {
    why: 'written by a street admin about a sponsor, read only by admins (赞助方与预算)',
    verify: async () => {
      const seq = cloud.db.seq;
      for (const who of ['demo-resident', 'demo-volunteer', 'demo-dispatcher', 'demo-merchant']) {
        const r = await call(who, 'admin', { ...VALID_INPUTS['admin.create_sponsor'], note: RISKY });
        assert.equal(r.error?.code, 'AUTH.FORBIDDEN', `only an admin writes a sponsor (${who})`);
      }
      assert.equal(cloud.db.seq, seq, 'nothing was written');
    },
  },
  'admin.update_sponsor:name': {
    why: 'written by a street admin about a sponsor, read only by admins (赞助方与预算)',
    verify: async () => {
      const seq = cloud.db.seq;
      for (const who of ['demo-resident', 'demo-volunteer', 'demo-dispatcher', 'demo-merchant']) {
        const r = await call(who, 'admin', { ...VALID_INPUTS['admin.update_sponsor'], name: RISKY });
        assert.equal(r.error?.code, 'AUTH.FORBIDDEN', `only an admin writes a sponsor (${who})`);
      }
      assert.equal(cloud.db.seq, seq, 'nothing was written');
    },
  },
  'admin.update_sponsor:note': {
    why: 'written by a street admin about a sponsor, read only by admins (赞助方与预算)',
    verify: async () => {
      const seq = cloud.db.seq;
      for (const who of ['demo-resident', 'demo-volunteer', 'demo-dispatcher', 'demo-merchant']) {
        const r = await call(who, 'admin', { ...VALID_INPUTS['admin.update_sponsor'], note: RISKY });
        assert.equal(r.error?.code, 'AUTH.FORBIDDEN', `only an admin writes a sponsor (${who})`);
      }
      assert.equal(cloud.db.seq, seq, 'nothing was written');
    },
  },
  'bank.fund_topup:reason': {
    why: 'written by a street admin on a top-up of a community fund, read only by admins (the money book)',
    verify: async () => {
      const seq = cloud.db.seq;
      for (const who of ['demo-resident', 'demo-volunteer', 'demo-dispatcher', 'demo-merchant']) {
        const r = await call(who, 'bank', {
          action: 'fund_topup',
          communityId: 'c-jinding',
          fen: 100,
          reason: RISKY,
          requestId: 'req_abuse_topup_1',
        });
        assert.equal(r.error?.code, 'AUTH.FORBIDDEN', `only an admin tops up a fund (${who})`);
      }
      assert.equal(cloud.db.seq, seq, 'nothing was written');
    },
  },
  // Found once the walk read discriminated unions (oneOf): admin text read by admins.
  'bank.set_setting:reason': {
    why: "an admin's reason for a settings change, read by admins in 修改记录 (setting_history)",
    verify: async () => {
      const seq = cloud.db.seq;
      for (const who of ['demo-resident', 'demo-volunteer', 'demo-dispatcher', 'demo-merchant']) {
        const r = await call(who, 'bank', { ...VALID_INPUTS['bank.set_setting'], reason: RISKY });
        assert.equal(r.error?.code, 'AUTH.FORBIDDEN', `only an admin changes a setting (${who})`);
      }
      assert.equal(cloud.db.seq, seq, 'nothing was written');
    },
  },
  'bank.office_grant:reason': {
    why: "an admin's reason on an allotment between the bank's offices (the journal entry), read by admins",
    verify: async () => {
      const seq = cloud.db.seq;
      for (const who of ['demo-resident', 'demo-volunteer', 'demo-dispatcher', 'demo-merchant']) {
        const r = await call(who, 'bank', { ...VALID_INPUTS['bank.office_grant'], reason: RISKY });
        assert.equal(r.error?.code, 'AUTH.FORBIDDEN', `only an admin allots (${who})`);
      }
      assert.equal(cloud.db.seq, seq, 'nothing was written');
    },
  },
  'bank.set_setting:value.rules[].label': {
    why: "a visit plan's name (巡访计划, e.g. 70–79岁) written by a street admin and read by admins on the settings page; never shown to residents",
    verify: async () => {
      const seq = cloud.db.seq;
      const rules = [{ label: RISKY, minAge: 60, callEveryDays: 30, homeEveryDays: 90 }];
      const event = {
        action: 'set_setting',
        key: 'visits',
        value: { rules, horizonDays: 14, graceDays: 2 },
        version: 0,
        reason: '调整巡访计划',
      };
      for (const who of ['demo-resident', 'demo-volunteer', 'demo-dispatcher', 'demo-merchant']) {
        const r = await call(who, 'bank', event);
        assert.equal(r.error?.code, 'AUTH.FORBIDDEN', `only an admin changes the plan (${who})`);
      }
      assert.equal(cloud.db.seq, seq, 'nothing was written');
    },
  },
  'bank.set_household_tier:note': {
    why: "written by the community's staff (dispatcher or helper in scope) about a household, read only by that staff (困难户登记)",
    verify: async () => {
      const seq = cloud.db.seq;
      const event = { action: 'set_household_tier', buildingId: 'B-0012', room: '201', tier: 'dibao', note: RISKY };
      for (const who of ['demo-resident', 'demo-volunteer', 'demo-merchant']) {
        const r = await call(who, 'bank', event);
        assert.equal(r.error?.code, 'AUTH.FORBIDDEN', `only the community's staff record a tier (${who})`);
      }
      assert.equal(cloud.db.seq, seq, 'nothing was written');
    },
  },
  // The elders' registry: written by the community's staff, read only by that staff and the elder's
  // named volunteer (never shown to residents or the public).
  ...elderExempt('visit.save_elder:name', { name: RISKY }),
  ...elderExempt('visit.save_elder:guardian.name', { guardian: { name: RISKY, phone: '13800000021' } }),
  ...elderExempt('visit.save_elder:guardian.relation', { guardian: { name: '李强', phone: '13800000021', relation: RISKY } }),
  ...elderExempt('visit.save_elder:consent.note', { consent: { way: 'signed', date: '2026-01-05', note: RISKY } }),
  ...elderExempt('visit.retire_elder:reason', { action: 'retire_elder', elderId: 'el-demo-zhang', version: 1, reason: RISKY }, true),
};

/** An elders' registry field: only the community's staff write it; anyone else is refused and nothing is written. */
function elderExempt(
  field: string,
  over: Record<string, unknown>,
  whole = false,
): Record<string, { why: string; verify: () => Promise<void> }> {
  const why =
    "written by the community's staff (helpers, dispatchers, the street's admins) about an elder, read only by that staff and the elder's named volunteer (巡访对象登记)";
  const { volunteerKey: _k, ...example } = VALID_INPUTS['visit.save_elder'] as Record<string, unknown>;
  return {
    [field]: {
      why,
      verify: async () => {
        const seq = cloud.db.seq;
        for (const who of ['demo-resident', 'demo-volunteer', 'demo-merchant']) {
          const r = await call(who, 'visit', whole ? over : { ...example, ...over });
          assert.equal(r.error?.code, 'AUTH.FORBIDDEN', `only the community's staff keep elders (${who})`);
        }
        assert.equal(cloud.db.seq, seq, 'nothing was written');
      },
    },
  };
}

describe('msgSecCheck on every piece of user text shown to others', () => {
  test('the free-text fields of the registry are exactly those checked or exempt (a new field must be classified)', () => {
    const found = freeTextFields();
    figures.push(`free-text input fields in the registry (${found.length}): ${found.join(', ')}`);
    assert.deepEqual(found, [...Object.keys(CHECKED), ...Object.keys(EXEMPT)].sort());
  });

  for (const [field, spec] of Object.entries(CHECKED)) {
    test(`${field} (${spec.shownTo}): blocklisted text is refused with WISH.CONTENT_RISKY and nothing is written`, async () => {
      const { answer, wrote } = await spec.attempt();
      figures.push(`content check ${field.padEnd(27)} → ${answer.ok ? 'ACCEPTED' : answer.error!.code}${wrote ? ' (written)' : ''}`);
      assert.equal(answer.error?.code, 'WISH.CONTENT_RISKY', `${field}: ${JSON.stringify(answer)}`);
      assert.equal(wrote, false, `${field}: nothing written`);
    });
  }

  for (const [field, spec] of Object.entries(EXEMPT)) {
    test(`${field} is exempt: ${spec.why.split(';')[0]}`, async () => {
      await spec.verify();
      figures.push(`content check ${field.padEnd(27)} → exempt (${spec.why.split(';')[0]})`);
    });
  }

  test('a text held for review (测试待审词) is refused too, and whitespace does not split a word past the check', async () => {
    for (const description of ['这里有测试待审词的内容', '这里有测 试 违 规 词的内容']) {
      const { openid, phone } = resident();
      const r = await call(openid, 'wish', wishForm({ description, contact: { name: '郑淑珍', phone } }));
      assert.equal(r.error?.code, 'WISH.CONTENT_RISKY', description);
    }
  });
});

describe('points', () => {
  test('a volunteer cannot earn points by serving a wish they filed themselves', async () => {
    const self = 'abuse-self-dealer';
    await cloud.db.insert('users', [{ _id: self, roles: ['resident', 'volunteer'] }]);
    await cloud.db.insert('memberships', [
      { _id: `t-lexiujiang_${self}`, teamId: 't-lexiujiang', openid: self, role: 'member', status: 'active', createdAt: new Date() },
    ]);
    const s = await call(self, 'wish', wishForm({ contact: { name: '蒋志强', phone: '13770040001' } }));
    const wishId = s.data.wishId as string;
    assert.equal((await call('demo-dispatcher', 'dispatch', { action: 'dispatch', wishId, teamId: 't-lexiujiang' })).ok, true);
    const steps: string[] = [];
    for (const [fn, event] of [
      ['volunteer', { action: 'claim', wishId }],
      ['volunteer', { action: 'check_in', wishId }],
      ['volunteer', { action: 'complete', wishId, summary: '自己的心愿自己办', minutes: 600 }],
      ['wish', { action: 'rate', wishId, stars: 5 }],
    ] as const) {
      const r = await call(self, fn, event);
      steps.push(`${event.action} ${r.ok ? 'ok' : r.error!.code}`);
      if (!r.ok) break;
    }
    const passbook = cloud.db.get('accounts').docs.get(`passbook:${self}`);
    figures.push(
      `self-dealing: a team member files, claims, serves and rates their own wish → ${steps.join(', ')}; passbook ${JSON.stringify(passbook ? { balance: passbook.balance, minutes: passbook.minutes } : null)}`,
    );
    assert.equal(passbook?.balance ?? 0, 0, 'no points for serving oneself');
  });
});

// ---------------------------------------------------------------------------------------------------
// Everything the local cloud prints, during the whole loop and a string of refusals.

describe('logs', () => {
  test('no name, phone number or room number appears in any line the local cloud prints (function logs, gateway, warnings) during a full loop plus refusals', async () => {
    // The functions as built, only read: the run's shared build.
    const functionsDir = await sharedFunctions();
    // One wish the credit cannot pay (a category no longer on the menu): rating it makes the function fail
    // and log, so the failure path's output is part of what is checked.
    const now = new Date();
    const dataDir = await seededDataDir('msb-abuse-logs-', async (db) => {
      await db.insert('wishes', [
        {
          _id: 'w_abuse_log_poisoned',
          status: 'completed',
          version: 5,
          category: 'snow_removal',
          description: '卫生间水管漏水（旧数据）',
          urgency: 'normal',
          preferredTime: { date: '2026-11-24', window: 'any' },
          photos: [],
          buildingId: 'B-0012',
          communityId: 'c-jinding',
          sponsorId: 'street-xmh',
          room: 'ZZ7719',
          contact: { name: '上官婉清', phone: '13912340987' },
          filedBy: 'abuse-log-res-2',
          proxy: false,
          createdAt: now,
          dueAt: now,
          excludedTeamIds: [],
          claimant: 'demo-volunteer',
          completion: { summary: '更换了水管接头', minutes: 30, at: now },
          completedAt: now,
          consentAt: now,
          history: [
            { at: now, by: 'demo-dispatcher', as: 'dispatcher', action: 'dispatch', from: 'submitted', to: 'dispatched' },
            { at: now, by: 'demo-volunteer', as: 'member', action: 'claim', from: 'dispatched', to: 'claimed' },
            { at: now, by: 'demo-volunteer', as: 'claimant', action: 'check_in', from: 'claimed', to: 'in_service' },
            { at: now, by: 'demo-volunteer', as: 'claimant', action: 'complete', from: 'in_service', to: 'completed' },
          ],
        },
      ]);
    });
    const proc = await startCloudProcess({ dataDir, functionsDir, poolSize: 2 });
    const SECRETS = {
      names: ['欧阳秀珍', '司马建业', '上官婉清'],
      phones: ['13698761234', '13876543219', '13912340987'],
      rooms: ['QX8841', 'ZZ7719'],
      // Not asked for, but free text is personal too.
      texts: ['卫生间水管漏水', '更换了水管接头', '志愿者很专业'],
    };
    const answers: string[] = [];
    try {
      const cookie: Record<string, string> = {};
      for (const who of ['abuse-log-res', 'abuse-log-res-2', 'abuse-log-vol', 'demo-dispatcher', 'demo-leader', 'abuse-log-stranger'])
        cookie[who] = await devLogin(proc.baseUrl, who);
      const as = async (who: string | undefined, fn: string, event: Record<string, unknown>, expect?: string): Promise<ApiAnswer> => {
        const r = await api(proc.baseUrl, who && cookie[who], fn, event);
        const got = r.body.ok ? 'ok' : (r.body.error?.code ?? String(r.status));
        answers.push(`${fn}.${String(event.action)}:${got}`);
        if (expect === 'refused') assert.notEqual(got, 'ok', `${fn}.${String(event.action)} as ${who} must be refused`);
        else if (expect) assert.equal(got, expect, `${fn}.${String(event.action)} as ${who}: ${JSON.stringify(r.body)}`);
        return r;
      };
      // 群众点单
      await as('abuse-log-res', 'wish', { action: 'building', scene: 'B-0012' }, 'ok');
      const form = wishForm({
        contact: { name: SECRETS.names[0], phone: SECRETS.phones[0] },
        room: SECRETS.rooms[0],
        description: '卫生间水管漏水，家里只有老人',
      });
      const wishId = (await as('abuse-log-res', 'wish', form, 'ok')).body.data.wishId as string;
      await as('abuse-log-res', 'wish', { action: 'mine', page: 0 }, 'ok');
      // 中心派单
      await as('demo-dispatcher', 'dispatch', { action: 'queue', page: 0 }, 'ok');
      await as('demo-dispatcher', 'dispatch', { action: 'suggest', wishId }, 'ok');
      await as('demo-dispatcher', 'dispatch', { action: 'dispatch', wishId, teamId: 't-lexiujiang', note: '请尽快上门' }, 'ok');
      // a new volunteer registers, joins, is approved
      await as(
        'abuse-log-vol',
        'volunteer',
        {
          action: 'register',
          name: SECRETS.names[1],
          phone: SECRETS.phones[1],
          skills: ['repair'],
          communityId: 'c-jinding',
          partyMember: false,
        },
        'ok',
      );
      const membershipId = (await as('abuse-log-vol', 'volunteer', { action: 'join', teamId: 't-lexiujiang' }, 'ok')).body.data
        .membershipId as string;
      await as('demo-leader', 'volunteer', { action: 'members', teamId: 't-lexiujiang' }, 'ok');
      await as('demo-leader', 'volunteer', { action: 'approve', membershipId }, 'ok');
      // 志愿者接单
      await as('abuse-log-vol', 'volunteer', { action: 'hall', tab: 'open', page: 0 }, 'ok');
      await as('abuse-log-vol', 'volunteer', { action: 'claim', wishId }, 'ok');
      await as('abuse-log-vol', 'wish', { action: 'detail', wishId }, 'ok');
      await as('abuse-log-vol', 'volunteer', { action: 'check_in', wishId }, 'ok');
      await as('abuse-log-vol', 'volunteer', { action: 'complete', wishId, summary: '更换了水管接头，已不漏水', minutes: 30 }, 'ok');
      // 群众评单 → 政府买单
      await as('abuse-log-res', 'wish', { action: 'rate', wishId, stars: 5, comment: '志愿者很专业，谢谢' }, 'ok');
      await as('abuse-log-res', 'wish', { action: 'detail', wishId }, 'ok');
      await as('abuse-log-vol', 'volunteer', { action: 'passbook', page: 0 }, 'ok');

      // Refusals, each carrying personal data.
      const other = { contact: { name: SECRETS.names[2], phone: SECRETS.phones[2] }, room: SECRETS.rooms[1] };
      await as('abuse-log-res-2', 'wish', wishForm({ ...other, description: `楼下有${RISKY}` }), 'WISH.CONTENT_RISKY');
      for (let i = 0; i < 6; i++) await as('abuse-log-res-2', 'wish', wishForm({ ...other, confirmDuplicate: true }));
      await as(
        'abuse-log-res-2',
        'wish',
        wishForm({ contact: { name: SECRETS.names[2], phone: SECRETS.phones[2].slice(0, 7) }, room: SECRETS.rooms[1] }),
        'INPUT.INVALID',
      );
      await as('abuse-log-res-2', 'wish', { ...wishForm(other), idCard: '110101199003074514' }, 'INPUT.INVALID');
      await as('abuse-log-res-2', 'wish', wishForm({ ...other, room: `${SECRETS.rooms[1]}<script>` }), 'INPUT.INVALID');
      await as('abuse-log-res-2', 'dispatch', { action: 'dispatch', wishId, teamId: 't-paotui' }, 'refused');
      await as('abuse-log-stranger', 'wish', { action: 'detail', wishId }, 'refused');
      await as('abuse-log-stranger', 'volunteer', { action: 'members', teamId: 't-lexiujiang' }, 'refused');
      await as(undefined, 'wish', wishForm(other), 'AUTH.NO_IDENTITY');
      await as('abuse-log-res-2', 'wish', { action: SECRETS.phones[2] }, 'ACTION.UNKNOWN');
      await as('abuse-log-res', 'wish', { action: 'rate', wishId, stars: 1, comment: SECRETS.names[0] }, 'refused');
      await as('abuse-log-res', 'wish', { action: 'cancel', wishId, reason: SECRETS.rooms[0] }, 'refused');
      await as('abuse-log-res-2', 'wish', { action: 'rate', wishId: 'w_abuse_log_poisoned', stars: 5, comment: '志愿者很专业' });
      // Transport-level refusals: forged cookie, oversized body, broken JSON, wrong method, unknown function.
      const raw = async (init: RequestInit & { path?: string }) => {
        const res = await fetch(`${proc.baseUrl}${init.path ?? '/api/wish'}`, init);
        answers.push(`raw ${init.method} ${init.path ?? '/api/wish'}:${res.status}`);
        await res.arrayBuffer();
      };
      await raw({
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: 'lc_session=eyJvIjoiZGVtby1kaXNwYXRjaGVyIn0.forged' },
        body: JSON.stringify(wishForm(other)),
      });
      await raw({
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookie['abuse-log-res-2']! },
        body: JSON.stringify(wishForm({ ...other, description: SECRETS.phones[2].repeat(12_000) })),
      });
      await raw({
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookie['abuse-log-res-2']! },
        body: `{"action":"submit","contact":{"phone":"${SECRETS.phones[2]}"`,
      });
      await raw({ method: 'GET', path: `/api/wish?phone=${SECRETS.phones[2]}&room=${SECRETS.rooms[1]}` });
      await raw({ method: 'POST', path: `/api/${SECRETS.phones[2]}`, headers: { 'content-type': 'application/json' }, body: '{}' });
      await raw({
        method: 'POST',
        path: '/__dev/login',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ openid: SECRETS.names[2] }),
      });
    } finally {
      await proc.stop();
    }

    const lines = proc.lines;
    const leaks: string[] = [];
    for (const [kind, values] of Object.entries(SECRETS)) {
      for (const v of values) for (const line of lines) if (line.includes(v)) leaks.push(`${kind} ${v}: ${line.slice(0, 200)}`);
    }
    const shapes: Record<string, number> = {};
    for (const line of lines) tally(shapes, line.replace(/^\[(out|err)\] (\[[a-z]+|\S+).*$/, '[$1] $2'));
    figures.push(
      [
        `logs: ${answers.length} calls through the gateway (${answers.filter((a) => a.endsWith(':ok')).length} ok, the rest refused); the process printed ${lines.length} lines`,
        `  line kinds: ${Object.entries(shapes)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([k, n]) => `${k} ×${n}`)
          .join(', ')}`,
        `  sample: ${lines
          .filter((l) => /fn:|gateway/.test(l))
          .slice(0, 2)
          .join(' | ')}`,
        `  failure line: ${lines.find((l) => l.includes('"stage"'))?.slice(0, 240) ?? 'none'}`,
        `  leaks of names/phones/rooms/texts: ${leaks.length}${leaks.length ? `\n    ${leaks.slice(0, 10).join('\n    ')}` : ''}`,
      ].join('\n'),
    );
    assert.ok(
      lines.some((l) => l.includes('[gateway]')) && lines.some((l) => l.includes('[fn:wish')),
      'gateway and function lines were captured',
    );
    assert.deepEqual(leaks, []);
  });
});
