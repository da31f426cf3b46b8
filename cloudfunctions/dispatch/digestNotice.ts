// The weekly digest's subscribe message (周报): from Monday 08:00 (business time), once per person per
// week, to every dispatcher and every active team leader, pointing to the digest page. A mark per person
// (`noticesSent/digest:<week>:<openid>`) makes it once however often, or however late, the timer runs;
// the week's own mark (`digest:<week>`) makes later runs of that week cost one read.
import { DIGEST_PAGE, noticeData } from '../../src/domain/notify';
import { digestNoticeDue, weekOf } from '../../src/domain/wish/digest';
import { markNotice } from '../_lib/collections/escalation';
import { membersOf } from '../_lib/collections/memberships';
import type { Deps } from '../_lib/context';
import { getDoc } from '../_lib/db';
import { notify } from '../_lib/notify';

/** Sends this week's digest notices not sent yet; how many were sent (someone not subscribed counts as tried). */
export async function sendDigests(deps: Deps, now: Date): Promise<number> {
  if (!digestNoticeDue(now)) return 0;
  const { db, ref, cloud } = deps;
  const week = weekOf(now);
  if (await getDoc(db, 'noticesSent', `digest:${week.key}`)) return 0;
  const teams = await ref.teams();
  const leaders = teams.length
    ? (
        await membersOf(
          db,
          teams.map((t) => t._id),
          ['active'],
        )
      ).filter((m) => m.role === 'leader')
    : [];
  // One notice per person: a dispatcher opens the centre's digest, a leader their (first) team's.
  const to = new Map<string, string>();
  for (const d of await ref.dispatchers()) to.set(d.openid, DIGEST_PAGE);
  for (const l of leaders) if (!to.has(l.openid)) to.set(l.openid, `${DIGEST_PAGE}?teamId=${l.teamId}`);
  const [m, d] = week.key.slice(5).split('-').map(Number);
  const data = noticeData('weekly_digest', null, { week: `${m}月${d}日起` });
  let sent = 0;
  for (const [openid, page] of to) {
    if (!(await markNotice(db, `digest:${week.key}:${openid}`, now))) continue;
    await notify(cloud, 'dispatch', openid, 'weekly_digest', data, page);
    sent++;
  }
  await markNotice(db, `digest:${week.key}`, now);
  return sent;
}
