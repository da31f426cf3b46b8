// subscribeMessage.send: validated like WeChat, then appended durably to the outbox (see outbox.ts).
// "User has not subscribed" (43101) is driven by <dataDir>/unsubscribed.json: a JSON array whose items are
// an openid (refuses every template) or { "touser": openid, "templateId": id } (refuses that template only).
import path from 'node:path';
import { readCached } from '../file-cache';
import { WxApiError, ok, type OpenApiHandler } from './api-types';
import { appendOutbox, type OutboxEntry } from './outbox';
import { validateTemplateData } from './template-data';

export const UNSUBSCRIBED_FILE = 'unsubscribed.json';
const STATES = ['developer', 'trial', 'formal'] as const;
const LANGS = ['zh_CN', 'en_US', 'zh_HK', 'zh_TW'];

type State = (typeof STATES)[number];

function unsubscribedList(text: string): unknown[] {
  const list: unknown = JSON.parse(text);
  if (!Array.isArray(list)) throw new Error(`${UNSUBSCRIBED_FILE} must be a JSON array`);
  return list;
}

function isUnsubscribed(dataDir: string, touser: string, templateId: string): boolean {
  const list = readCached(path.join(dataDir, UNSUBSCRIBED_FILE), unsubscribedList, []);
  return list.some((item: unknown) => {
    if (item === touser) return true;
    if (typeof item !== 'object' || item === null) return false;
    const o = item as Record<string, unknown>;
    return o['touser'] === touser && (o['templateId'] === undefined || o['templateId'] === templateId);
  });
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

let lastMsgid = 0;
/** A unique, increasing, JSON-safe integer (WeChat's msgid is a number). */
function nextMsgid(): number {
  lastMsgid = Math.max(lastMsgid + 1, Date.now() * 1000);
  return lastMsgid;
}

export const subscribeMessageSend: OpenApiHandler = async ({ params, ctx, caller, envName }) => {
  const touser = str(params['touser']);
  if (!touser || !/^[A-Za-z0-9_-]{1,64}$/.test(touser)) throw new WxApiError(40003, 'invalid openid hint: [local cloud: touser]');
  const templateId = str(params['template_id']);
  if (!templateId) throw new WxApiError(40037, 'invalid template_id hint: [local cloud: templateId is required]');
  const page = params['page'];
  if (page !== undefined && (typeof page !== 'string' || page.length > 1024)) {
    throw new WxApiError(47001, 'data format error hint: [local cloud: page must be a string]');
  }
  const data = validateTemplateData(params['data']);
  const state = (params['miniprogram_state'] ?? 'formal') as State;
  if (!STATES.includes(state))
    throw new WxApiError(40097, 'invalid args hint: [local cloud: miniprogramState must be developer, trial or formal]');
  const lang = params['lang'] ?? 'zh_CN';
  if (typeof lang !== 'string' || !LANGS.includes(lang)) throw new WxApiError(40097, 'invalid args hint: [local cloud: lang]');
  if (isUnsubscribed(ctx.cloud.dataDir, touser, templateId)) {
    throw new WxApiError(43101, 'user refuse to accept the msg hint: [local cloud: listed in unsubscribed.json]');
  }
  const entry: OutboxEntry = {
    msgid: nextMsgid(),
    at: new Date().toISOString(),
    env: envName,
    touser,
    templateId,
    ...(typeof page === 'string' && page !== '' ? { page } : {}),
    data,
    miniprogramState: state,
    lang,
    ...(caller ? { fromFunction: caller.fn } : {}),
    requestId: ctx.requestId,
  };
  await appendOutbox(ctx.cloud.dataDir, entry);
  return ok({ msgid: entry.msgid });
};
