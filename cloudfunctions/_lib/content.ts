// security.msgSecCheck (v2) for user text that other people will read.
import type cloudModule from 'wx-server-sdk';
import { fail, ok, type Result } from '../../src/domain/errors';

type Cloud = typeof cloudModule;

/** Scene 1: 资料 (profile-like text), 2: 评论 (comments), 3: 论坛, 4: 社交日志. */
export async function checkText(cloud: Cloud, openid: string, content: string, scene: 1 | 2 | 3 | 4): Promise<Result<true>> {
  if (!content.trim()) return ok(true);
  const res = (await cloud.openapi.security.msgSecCheck({ version: 2, openid, scene, content })) as { result?: { suggest?: string } };
  const suggest = res.result?.suggest ?? 'risky';
  return suggest === 'pass' ? ok(true) : fail('WISH.CONTENT_RISKY', `content check: ${suggest}`);
}
