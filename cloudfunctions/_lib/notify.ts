// Subscribe messages (订阅消息) at each step. A message is a courtesy: a user who has not subscribed
// (errCode 43101) or any send failure never fails the business action.
import type cloudModule from 'wx-server-sdk';
import type { Category } from '../../src/domain/menu';
import {
  ACTIVITY_NOTICES,
  NOTICES,
  noticeData,
  VISIT_NOTICES,
  WORKBENCH_PAGE,
  type ActivityNoticeKind,
  type NoticeKind,
  type VisitNoticeKind,
} from '../../src/domain/notify';
import { dispatchesIn } from '../../src/domain/org/grants';
import { logFailure } from './log';
import type { ReferenceData } from './reference';

type Cloud = typeof cloudModule;

/** Template ids come from the function's environment (set per deployment), else the placeholders. */
type AnyKind = NoticeKind | VisitNoticeKind | ActivityNoticeKind;
function templateId(kind: AnyKind): string {
  return process.env[`TPL_${kind.toUpperCase()}`] ?? { ...NOTICES, ...VISIT_NOTICES, ...ACTIVITY_NOTICES }[kind].placeholderTemplateId;
}

export async function notify(
  cloud: Cloud,
  fn: string,
  touser: string | undefined,
  kind: AnyKind,
  data: Record<string, string>,
  page: string,
): Promise<'sent' | 'not_subscribed' | 'failed' | 'skipped'> {
  if (!touser) return 'skipped';
  try {
    await cloud.openapi.subscribeMessage.send({
      touser,
      templateId: templateId(kind),
      page,
      data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, { value: v }])),
      miniprogramState: 'formal',
    });
    return 'sent';
  } catch (err) {
    if ((err as { errCode?: number }).errCode === 43101) return 'not_subscribed';
    logFailure(fn, `notify:${kind}`, err);
    return 'failed';
  }
}

/**
 * Tell the centre (the street's dispatchers and those of the wish's community) that a wish waits for it: a new one, or one sent back by a ≤2★
 * rating or by a team. The data names the kind of help only. Never fails the action.
 */
export async function notifyCentre(
  cloud: Cloud,
  ref: ReferenceData,
  fn: string,
  wish: { category: Category; communityId: string },
  back?: 'rating' | 'return',
): Promise<void> {
  try {
    const kind: NoticeKind = back ? 'wish_sent_back' : 'wish_waiting';
    const data = noticeData(kind, wish, back ? { back } : {});
    const centre = (await ref.dispatchers()).filter((d) => dispatchesIn(d.grants, wish.communityId));
    await Promise.all(centre.map((d) => notify(cloud, fn, d.openid, kind, data, WORKBENCH_PAGE)));
  } catch (err) {
    logFailure(fn, 'notify:centre', err);
  }
}
