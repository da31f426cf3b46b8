// The environment that connects a script of one's own, with the unmodified wx-server-sdk, to a running
// local cloud as the admin (docs/LOCALCLOUD-WIRE.md explains each variable). `npm start` writes it to
// <dataDir>/env as shell `export` lines (mode 0600: it holds the admin token): `source .localcloud/env`.
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_ENV_ID } from './host/function-host';
import { assertLoopbackTarget } from './safety';

export interface ConnectTarget {
  baseUrl: string;
  adminUrl: string;
  adminToken: string;
  dataDir: string;
}

export function connectEnv(cloud: ConnectTarget, envId = DEFAULT_ENV_ID): Record<string, string> {
  const cnfg = JSON.stringify({ URL: cloud.adminUrl });
  assertLoopbackTarget(cnfg);
  return {
    TCB_CONTEXT_CNFG: cnfg,
    TENCENTCLOUD_RUNENV: 'SCF',
    SCF_NAMESPACE: envId,
    TENCENTCLOUD_REGION: 'ap-shanghai',
    // Dummies: the SDK signs with them and exits when they are missing; the local cloud ignores them.
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_API_TOKEN',
    // The SDK sends it as wxCloudApiToken: the admin token acts outside any invocation, as the admin.
    WX_API_TOKEN: cloud.adminToken,
    LOCALCLOUD_URL: cloud.baseUrl,
    LOCALCLOUD_ADMIN_TOKEN: cloud.adminToken,
  };
}

const quote = (v: string) => `'${v.replace(/'/g, `'\\''`)}'`;

export function envFileText(env: Record<string, string>): string {
  const lines = Object.entries(env).map(([k, v]) => `export ${k}=${quote(v)}`);
  return `# The local cloud's connection for scripts (wx-server-sdk): source this file, then run node.\n${lines.join('\n')}\n`;
}

/** Writes <dataDir>/env (mode 0600, also when it existed) and answers its path. */
export function writeEnvFile(cloud: ConnectTarget, file = path.join(cloud.dataDir, 'env')): string {
  fs.writeFileSync(file, envFileText(connectEnv(cloud)), { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return file;
}
