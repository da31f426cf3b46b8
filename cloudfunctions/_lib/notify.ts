// Subscribe messages (订阅消息) at each step. A message is a courtesy: a user who has not subscribed
// (errCode 43101) or any send failure never fails the business action.
import type cloudModule from 'wx-server-sdk';
import { NOTICES, type NoticeKind } from '../../src/domain/notify';
import { logFailure } from './log';

type Cloud = typeof cloudModule;

/** Template ids come from the function's environment (set per deployment), else the placeholders. */
function templateId(kind: NoticeKind): string {
  return process.env[`TPL_${kind.toUpperCase()}`] ?? NOTICES[kind].placeholderTemplateId;
}

export async function notify(
  cloud: Cloud,
  fn: string,
  touser: string | undefined,
  kind: NoticeKind,
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
