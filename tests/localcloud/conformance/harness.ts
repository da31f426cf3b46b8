// The conformance suite's local cloud: a copy of tests/fixtures/thirdparty (third-party-style functions,
// their own index manifest and project.config.json) served the way `localcloud --functions … --manifest …`
// serves it (runLocalCloud is the bin's programmatic equivalent). Dependencies are "installed" by a
// recorder: the functions resolve the host's wx-server-sdk, and tests never reach a package registry.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCliArgs, runLocalCloud } from '../../../localcloud/cli';
import type { DepsOutcome } from '../../../localcloud/host/function-deps';
import type { LocalCloud } from '../../../localcloud';

export const THIRDPARTY = path.join(__dirname, '..', '..', 'fixtures', 'thirdparty');

export interface Conformance {
  cloud: LocalCloud;
  project: string;
  deps: DepsOutcome[];
  installed: string[];
  /** A call from the mini-program: the caller's OPENID, source wx_client, as the gateway makes it. */
  client(openid: string, fn: string, event: Record<string, unknown>): Promise<unknown>;
  /** POST /api/<fn> with a dev session cookie for `openid`, as the H5 client sends it. */
  http(openid: string, fn: string, event: Record<string, unknown>): Promise<unknown>;
}

/** Copies the fixture project to a temp folder (installs write node_modules there) and starts the cloud. */
export async function startConformance(opts: { args?: string[]; manifest?: boolean } = {}): Promise<Conformance> {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'lc-thirdparty-'));
  fs.cpSync(THIRDPARTY, project, { recursive: true });
  const installed: string[] = [];
  const args = ['--functions', 'cloudfunctions', '--port', '0', '--data', 'data', '--quiet', ...(opts.args ?? [])];
  if (opts.manifest !== false) args.push('--manifest', 'database.indexes.json');
  const o = parseCliArgs(args, project);
  if (o === 'help') throw new Error('unexpected --help');
  const { cloud, deps } = await runLocalCloud(o, {
    installer: async (dir) => void installed.push(path.basename(dir)),
    log: () => undefined,
  });
  const client = async (openid: string, fn: string, event: Record<string, unknown>) => {
    const r = await cloud.host.invoke(fn, event, { source: 'wx_client', openid });
    if (!r.ok) throw new Error(`${fn} failed: ${r.code} ${r.message}`);
    return r.result;
  };
  const http = async (openid: string, fn: string, event: Record<string, unknown>) => {
    const login = await fetch(`${cloud.baseUrl}/__dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ openid }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const res = await fetch(`${cloud.baseUrl}/api/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(event),
    });
    return res.json();
  };
  return { cloud, project, deps, installed, client, http };
}
