// The environment one function instance starts with: the SCF-like set of docs/LOCALCLOUD-WIRE.md, nothing else
// from the host's environment (so real cloud credentials in the developer's shell never reach function code).
import { assertLoopbackTarget } from '../safety';

export interface WorkerEnvOptions {
  adminUrl: string;
  envId: string;
  region: string;
  /** Extra variables for every function, like the function env settings in the console. */
  extra?: Record<string, string>;
}

/** Harmless host variables a Node process expects. */
const PASSTHROUGH = ['PATH', 'HOME', 'TMPDIR', 'TMP', 'TEMP', 'LANG', 'LC_ALL', 'TZ', 'SystemRoot', 'USERPROFILE'];

export function buildWorkerEnv(opts: WorkerEnvOptions): Record<string, string> {
  const cnfg = JSON.stringify({ URL: opts.adminUrl });
  assertLoopbackTarget(cnfg);
  const env: Record<string, string> = {};
  for (const key of PASSTHROUGH) {
    const v = process.env[key];
    if (v !== undefined) env[key] = v;
  }
  for (const [k, v] of Object.entries(opts.extra ?? {})) {
    if (/^(TENCENTCLOUD_|TCB_|SCF_|WX_|TRIGGER_SRC$)/.test(k)) {
      throw new Error(`extra function env may not set ${k}: it belongs to the runtime`);
    }
    env[k] = v;
  }
  return {
    ...env,
    TENCENTCLOUD_RUNENV: 'SCF',
    SCF_NAMESPACE: opts.envId,
    TENCENTCLOUD_REGION: opts.region,
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    TCB_CONTEXT_CNFG: cnfg,
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_API_TOKEN',
  };
}
