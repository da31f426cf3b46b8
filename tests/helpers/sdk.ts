// Drives a local cloud through the REAL wx-server-sdk, in a child process with the env a function gets.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { EJSON } from 'bson';

export interface SdkTarget {
  adminUrl: string;
  adminToken: string;
}

// Loose on purpose: the callback runs in a child process against the SDK's untyped API.
/* eslint-disable @typescript-eslint/no-explicit-any */
export interface SdkScope {
  cloud: any;
  db: any;
  _: any;
  $: any;
  arg: any;
}

export function sdkEnv(target: SdkTarget, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    TENCENTCLOUD_RUNENV: 'SCF',
    SCF_NAMESPACE: 'local-dev',
    TENCENTCLOUD_REGION: 'ap-shanghai',
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: target.adminUrl }),
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_API_TOKEN',
    WX_API_TOKEN: target.adminToken,
    WX_APPID: 'wx0000000000000000',
    ...extra,
  };
}

/** Runs `fn` in a child process; resolves with everything it printed and its outcome (never rejects on `fn`'s error). */
export function runSdk<T>(target: SdkTarget, fn: (scope: SdkScope) => Promise<T>, arg?: unknown, extraEnv?: Record<string, string>) {
  const child = path.join(__dirname, 'sdk-child.cjs');
  return new Promise<{ stdout: string; ok: boolean; value: T; error?: { message: string; code?: number } }>((resolve, reject) => {
    execFile(
      process.execPath,
      [child, fn.toString(), JSON.stringify(arg ?? null)],
      { env: sdkEnv(target, extraEnv), maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      (err, stdout, stderr) => {
        const i = stdout.lastIndexOf('@@RESULT@@');
        if (i < 0) return reject(new Error(`SDK child failed: ${err?.message ?? ''}\n${stderr}\n${stdout}`));
        const out = EJSON.parse(stdout.slice(i + 10).trim(), { relaxed: true }) as {
          ok: boolean;
          value: T;
          error?: { message: string; code?: number };
        };
        resolve({ stdout: stdout.slice(0, i), ...out });
      },
    );
  });
}

/** Runs `fn` with `{ cloud, db, _, $, arg }` in a child process; resolves to its value, rejects with its error. */
export async function withSdk<T>(
  target: SdkTarget,
  fn: (scope: SdkScope) => Promise<T>,
  arg?: unknown,
  extraEnv?: Record<string, string>,
): Promise<T> {
  const out = await runSdk(target, fn, arg, extraEnv);
  if (!out.ok) throw Object.assign(new Error(out.error?.message), { errCode: out.error?.code });
  return out.value;
}
