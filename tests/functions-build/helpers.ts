import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');

/** A fresh folder under tests/out/ (git-ignored); inside the repo so bundles resolve node_modules. */
export function tempDir(prefix: string): string {
  const base = join(ROOT, 'tests', 'out');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${prefix}-`));
}

/** Environment for running wx-server-sdk offline (docs/LOCALCLOUD-WIRE.md), pointed at `adminUrl`. */
export function sdkEnv(adminUrl: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    TENCENTCLOUD_RUNENV: 'SCF',
    SCF_NAMESPACE: 'local-test',
    TENCENTCLOUD_REGION: 'ap-shanghai',
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: adminUrl }),
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID',
    WX_APPID: 'wx0000000000000000',
  };
}
