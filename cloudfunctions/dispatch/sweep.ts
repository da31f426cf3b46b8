// The dispatch timer (every 15 minutes): 催办 a wish not dispatched in time, 升级 an order unclaimed past
// its due time (to the parent team's leaders and the centre), 自动释放 a claim not started in time, and
// the weekly digest's notice. The domain (dueSteps) decides; each step is one compare-and-set with its
// history entry and reason, and its notices go out only from the run whose update won, so a rerun or
// two instances at once send nothing twice. A late run after downtime finds every step still due (they
// are read from the wishes and "now") and takes each once. Every read is a bounded page on an index.
import { ok, type Result } from '../../src/domain/errors';
import { DIGEST_PAGE, noticeData, WORKBENCH_PAGE, type NoticeKind } from '../../src/domain/notify';
import { dispatchesIn } from '../../src/domain/org/grants';
import { dueSteps, type DueStep, type EscalationSettings } from '../../src/domain/wish/escalation';
import { decideWish } from '../../src/domain/wish/machine';
import type { Wish } from '../../src/domain/wish/wish';
import { commitChange } from '../_lib/collections/changes';
import { saveSweepCursor, sweepCursor, sweepPage, SWEEP_KEY, type SweepCursor, type SweepKind } from '../_lib/collections/escalation';
import { membersOf } from '../_lib/collections/memberships';
import { settingOf } from '../_lib/collections/settings';
import type { Deps } from '../_lib/context';
import { logFailure } from '../_lib/log';
import { notify } from '../_lib/notify';
import { sendDigests } from './digestNotice';

/** A page of candidates, and at most this many pages of each kind per run (the rest: the next run). */
export const SWEEP_PAGE = 50;
export const SWEEP_PAGES = 4;
// Claims first: an order released past its due time escalates in the same run, not in the next.
const KINDS: readonly SweepKind[] = ['claimed', 'centre', 'overdue'];
const HALL = 'volunteer/pages/hall/index';

export interface SweepCounts {
  examined: number;
  remind: number;
  escalate: number;
  auto_release: number;
  /** Someone acted on the wish between the read and the update: nothing written, nothing sent. */
  changed: number;
  failed: number;
  digests: number;
}

export async function runSweep(deps: Deps, now = new Date()): Promise<Result<SweepCounts>> {
  const counts: SweepCounts = { examined: 0, remind: 0, escalate: 0, auto_release: 0, changed: 0, failed: 0, digests: 0 };
  const [settings, cursor] = await Promise.all([settingOf(deps.db, 'escalation'), sweepCursor(deps.db)]);
  const next: SweepCursor = {};
  for (const kind of KINDS) {
    // Continue after where the last run stopped; at the end start again from the beginning (once a run),
    // so candidates that need nothing never hide the ones behind them for more than a few runs.
    let after = cursor[kind];
    let wrapped = !after;
    for (let n = 0; n < SWEEP_PAGES; n++) {
      const wishes = await sweepPage(deps.db, kind, now, settings.releaseAfterHours, after, SWEEP_PAGE);
      counts.examined += wishes.length;
      for (const wish of wishes) await step(deps, wish, now, settings, counts);
      if (wishes.length === SWEEP_PAGE) {
        after = new Date(wishes[wishes.length - 1][SWEEP_KEY[kind]]!);
        continue;
      }
      after = undefined;
      if (wrapped) break;
      wrapped = true;
    }
    if (after) next[kind] = after;
  }
  await saveSweepCursor(deps.db, next, now);
  try {
    counts.digests = await sendDigests(deps, now);
  } catch (err) {
    counts.failed++;
    logFailure('dispatch', 'sweep:digest', err);
  }
  return ok(counts);
}

/** The step one wish needs, if any, taken; counted. One wish that fails must not stop the others. */
async function step(deps: Deps, wish: Wish, now: Date, settings: EscalationSettings, counts: SweepCounts): Promise<void> {
  const [due] = dueSteps(wish, now, settings);
  if (!due) return;
  try {
    counts[(await takeStep(deps, wish, due, now)) ? due.step : 'changed']++;
  } catch (err) {
    counts.failed++;
    logFailure('dispatch', `sweep:${due.step}`, err);
  }
}

/** Decide the step, persist it (compare-and-set on status and version), then tell whoever it concerns. */
async function takeStep(deps: Deps, wish: Wish, step: DueStep, now: Date): Promise<boolean> {
  const team = wish.teamId ? await deps.ref.team(wish.teamId) : undefined;
  const parentTeamId = step.step === 'escalate' && team?.parentId && team.parentId !== team._id ? team.parentId : undefined;
  const change = decideWish(step.step, wish, { openid: 'system', relations: ['system'] }, now, { note: step.reason, parentTeamId });
  if (!change.ok) return false;
  if (!(await commitChange(deps.db, 'wishes', wish._id, change.data))) return false;
  await tell(deps, wish, step, team?.members ?? [], parentTeamId);
  return true;
}

/** The notices of one step taken (no name, phone or room: the kind of help and what to do). Never throws. */
async function tell(deps: Deps, wish: Wish, step: DueStep, members: readonly string[], parentTeamId: string | undefined): Promise<void> {
  const { cloud, ref } = deps;
  const send = (to: string | undefined, kind: NoticeKind, page: string, extra: { reason?: string } = {}) =>
    notify(cloud, 'dispatch', to, kind, noticeData(kind, wish, extra), page);
  try {
    const centre = step.tell.includes('centre')
      ? (await ref.dispatchers()).filter((d) => dispatchesIn(d.grants, wish.communityId)).map((d) => d.openid)
      : [];
    const parents = parentTeamId && step.tell.includes('parent') ? await leadersOf(deps, parentTeamId) : [];
    // An order out with a team (escalated, or reminded after that) reads as such; a wish at the centre waits for dispatch.
    const centreKind: NoticeKind = wish.status === 'dispatched' && step.step !== 'auto_release' ? 'order_escalated' : 'wish_overdue';
    // The centre opens the workbench; the parent team's leaders their digest, where escalated orders are listed.
    const sends: Array<Promise<unknown>> = [
      ...centre.map((d) => send(d, centreKind, WORKBENCH_PAGE)),
      ...parents.filter((p) => !centre.includes(p)).map((p) => send(p, 'order_escalated', `${DIGEST_PAGE}?teamId=${parentTeamId}`)),
    ];
    if (step.step === 'auto_release') {
      sends.push(send(wish.claimant, 'claim_released', HALL, { reason: step.reason }));
      sends.push(...members.filter((m) => m !== wish.claimant).map((m) => send(m, 'order_new', HALL)));
    } else if (step.tell.includes('team')) {
      sends.push(...members.map((m) => send(m, 'order_overdue', HALL)));
    }
    await Promise.all(sends);
  } catch (err) {
    logFailure('dispatch', `notify:${step.step}`, err);
  }
}

/** The active leaders of a team (index teamId_1_status_1). */
async function leadersOf({ db }: Deps, teamId: string): Promise<string[]> {
  return (await membersOf(db, [teamId], ['active'])).filter((m) => m.role === 'leader').map((m) => m.openid);
}
