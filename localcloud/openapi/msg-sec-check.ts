// security.msgSecCheck, version 2 only (v1 stopped being maintained in 2021 and is refused here).
// Answer shape follows WeChat's v2 docs: { errcode, errmsg, result: { suggest, label }, detail: [...], trace_id }.
import { WxApiError, ok, type OpenApiHandler } from './api-types';
import { findBlocked, loadBlocklist, type BlockWord, type Suggest } from './blocklist';

export const MAX_CONTENT_CHARS = 2500;
/** WeChat's label for normal content. */
export const LABEL_PASS = 100;

function requireV2(params: Record<string, unknown>): { openid: string; scene: number; texts: string[] } {
  if (params['version'] !== 2) {
    throw new WxApiError(40097, 'invalid args hint: [local cloud: only msgSecCheck version 2 is emulated; pass version: 2, openid, scene]');
  }
  const openid = params['openid'];
  if (typeof openid !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(openid)) {
    throw new WxApiError(40003, 'invalid openid hint: [local cloud: openid is required in version 2]');
  }
  const scene = params['scene'];
  if (scene !== 1 && scene !== 2 && scene !== 3 && scene !== 4) {
    throw new WxApiError(40129, 'invalid scene hint: [local cloud: scene must be 1, 2, 3 or 4]');
  }
  const content = params['content'];
  if (typeof content !== 'string') throw new WxApiError(47001, 'data format error hint: [local cloud: content must be a string]');
  if (content === '') throw new WxApiError(44002, 'empty post data hint: [local cloud: content is empty]');
  if ([...content].length > MAX_CONTENT_CHARS) {
    throw new WxApiError(47001, `data format error hint: [local cloud: content exceeds ${MAX_CONTENT_CHARS} characters]`);
  }
  const texts = [content];
  for (const key of ['nickname', 'title', 'signature']) {
    const v = params[key];
    if (v === undefined) continue;
    if (typeof v !== 'string') throw new WxApiError(47001, `data format error hint: [local cloud: ${key} must be a string]`);
    texts.push(v);
  }
  return { openid, scene, texts };
}

function verdict(hits: BlockWord[]): { suggest: Suggest; label: number } {
  const risky = hits.find((h) => h.suggest === 'risky');
  const first = risky ?? hits[0];
  return first ? { suggest: first.suggest, label: first.label } : { suggest: 'pass', label: LABEL_PASS };
}

export const msgSecCheck: OpenApiHandler = async ({ params, ctx }) => {
  const { texts } = requireV2(params);
  const words = loadBlocklist(ctx.cloud.dataDir);
  const hits = texts.flatMap((t) => findBlocked(t, words));
  const result = verdict(hits);
  const detail: Record<string, unknown>[] = [
    { strategy: 'content_model', errcode: 0, suggest: result.suggest, label: result.label, prob: hits.length > 0 ? 90 : 0 },
    ...hits.map((h) => ({ strategy: 'keyword', errcode: 0, suggest: h.suggest, label: h.label, level: 20, keyword: h.word })),
  ];
  return ok({ result, detail, trace_id: `local-${ctx.requestId}` });
};
