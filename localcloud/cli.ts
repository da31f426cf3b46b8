// `localcloud`: the local cloud for any WeChat cloud-development project (localcloud/README.md).
//   localcloud --functions ./cloudfunctions [--manifest indexes.json] [--port 8080] [--data ./.localcloud]
//              [--appid wx…] [--create-collections] [--no-install] [--timers] [--instances n] [--quiet-warnings | --quiet]
// Nothing here knows this product: no demo data, no build, no product collections unless a manifest names them.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { installFunctionDeps, type DepsOutcome, type Installer } from './host/function-deps';
import { startLocalCloud, type LocalCloud } from './index';
import { keepHeapsNearLiveSize } from './heap';

export const USAGE = `用法 / usage: localcloud --functions <dir> [options]
  --functions <dir>        云函数目录（每个子目录一个函数：index.js、可选 package.json 与 config.json）
  --manifest <file>        索引清单 indexes.json（{"collections":{"<名>":{"indexes":[…]}}}）；
                           不给则不预建集合、不提示未用索引的查询
  --port <n>               端口（默认 8080；0 为任一空闲端口）
  --data <dir>             数据目录（默认 ./.localcloud）
  --appid <id>             小程序 AppID（默认读 project.config.json，否则 wx0000000000000000）
  --admin-token <t>        脚本连接用的管理令牌（默认每次启动随机生成）
  --h5 <dir>               在 / 提供的网页构建目录（可选）
  --create-collections     请求不存在的集合时自动创建（如同已在控制台建好）；不给则报 -502005
  --no-install             不为带 package.json 的函数安装依赖
  --timers                 启用 config.json 中的定时触发器
  --instances <n>          每个函数同时运行的实例数（默认每核 3 个，至少 4 个）
  --quiet-warnings         不打印未用索引的查询提示（函数日志照常）
  --quiet                  函数日志、网关日志与提示都不打印
  --help                   显示本说明`;

export interface CliOptions {
  functions: string;
  manifest?: string;
  port: number;
  data: string;
  appid?: string;
  adminToken?: string;
  h5?: string;
  createCollections: boolean;
  install: boolean;
  timers: boolean;
  instances?: number;
  quietWarnings: boolean;
  quiet: boolean;
}

/** Parses argv (without node and the script); throws with a message for bad flags. */
export function parseCliArgs(argv: string[], cwd = process.cwd()): CliOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      functions: { type: 'string' },
      manifest: { type: 'string' },
      port: { type: 'string' },
      data: { type: 'string' },
      appid: { type: 'string' },
      'admin-token': { type: 'string' },
      h5: { type: 'string' },
      'create-collections': { type: 'boolean' },
      'no-install': { type: 'boolean' },
      timers: { type: 'boolean' },
      instances: { type: 'string' },
      'quiet-warnings': { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return 'help';
  if (values.functions === undefined) throw new Error('--functions <dir> is required');
  const functions = path.resolve(cwd, values.functions);
  if (!fs.statSync(functions, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`--functions: ${functions} is not a folder`);
  const manifest = values.manifest === undefined ? undefined : path.resolve(cwd, values.manifest);
  if (manifest !== undefined && !fs.existsSync(manifest)) throw new Error(`--manifest: ${manifest} does not exist`);
  const port = Number(values.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: ${values.port} is not a port number`);
  const instances = values.instances === undefined ? undefined : Number(values.instances);
  if (instances !== undefined && (!Number.isInteger(instances) || instances < 1))
    throw new Error(`--instances: ${values.instances} is not a positive integer`);
  return {
    functions,
    ...(manifest !== undefined && { manifest }),
    port,
    data: path.resolve(cwd, values.data ?? '.localcloud'),
    ...(values.appid !== undefined && { appid: values.appid }),
    ...(values['admin-token'] !== undefined && { adminToken: values['admin-token'] }),
    ...(values.h5 !== undefined && { h5: path.resolve(cwd, values.h5) }),
    createCollections: !!values['create-collections'],
    install: !values['no-install'],
    timers: !!values.timers,
    ...(instances !== undefined && { instances }),
    quietWarnings: !!values['quiet-warnings'],
    quiet: !!values.quiet,
  };
}

/** The mini-program's AppID from the project.config.json above the functions folder (WeChat's project layout), if any. */
export function projectAppid(functionsDir: string): string | undefined {
  for (const dir of [path.dirname(functionsDir), path.dirname(path.dirname(functionsDir))]) {
    const file = path.join(dir, 'project.config.json');
    if (!fs.existsSync(file)) continue;
    try {
      const appid = (JSON.parse(fs.readFileSync(file, 'utf8')) as { appid?: unknown }).appid;
      if (typeof appid === 'string' && appid !== '') return appid;
    } catch {
      // not ours to validate: WeChat DevTools reports a broken project.config.json
    }
  }
  return undefined;
}

/** Installs dependencies (unless told not to) and starts the local cloud: what the bin does, for scripts and tests. */
export async function runLocalCloud(
  o: CliOptions,
  extra: { installer?: Installer; log?: (line: string) => void } = {},
): Promise<{ cloud: LocalCloud; deps: DepsOutcome[] }> {
  const log = extra.log ?? ((line: string) => console.log(line));
  const deps = o.install ? await installFunctionDeps(o.functions, { ...(extra.installer && { install: extra.installer }), log }) : [];
  const appid = o.appid ?? projectAppid(o.functions);
  const cloud = await startLocalCloud({
    functionsDir: o.functions,
    manifestPath: o.manifest ?? false,
    port: o.port,
    dataDir: o.data,
    h5Dir: o.h5 ?? path.join(o.data, 'no-h5'),
    dev: true,
    timers: o.timers,
    ...(o.instances !== undefined && { poolSize: o.instances }),
    quiet: o.quiet,
    quietWarnings: o.quietWarnings,
    createCollections: o.createCollections,
    ...(appid !== undefined && { appid }),
    ...(o.adminToken !== undefined && { adminToken: o.adminToken }),
  });
  return { cloud, deps };
}

/** What a script needs to reach this local cloud with wx-server-sdk (localcloud/README.md). */
export function connectionLines(cloud: LocalCloud): string[] {
  return [
    `[localcloud] listening on ${cloud.baseUrl} (data: ${cloud.dataDir})`,
    `[localcloud] functions: ${cloud.host.functionNames().join(', ') || '(none)'}`,
    `[localcloud] connect a script: TCB_CONTEXT_CNFG='${JSON.stringify({ URL: cloud.adminUrl })}' WX_API_TOKEN=${cloud.adminToken}` +
      ` TENCENTCLOUD_RUNENV=SCF SCF_NAMESPACE=local-dev TENCENTCLOUD_REGION=ap-shanghai TENCENTCLOUD_SECRETID=local TENCENTCLOUD_SECRETKEY=local`,
  ];
}

export async function main(argv: string[]): Promise<void> {
  let o: CliOptions | 'help';
  try {
    // `npm run localcloud` runs in the repository: paths are relative to where it was typed.
    o = parseCliArgs(argv, process.env['INIT_CWD'] ?? process.cwd());
  } catch (err) {
    console.error(`localcloud: ${(err as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (o === 'help') {
    console.log(USAGE);
    return;
  }
  keepHeapsNearLiveSize(); // this process is the local cloud's own (heap.ts)
  const { cloud, deps } = await runLocalCloud(o);
  const failed = deps.filter((d) => d.status === 'failed').map((d) => d.fn);
  if (failed.length > 0) console.error(`[localcloud] dependencies not installed for: ${failed.join(', ')} (see above)`);
  for (const line of connectionLines(cloud)) console.log(line);
  const stop = (): void => void cloud.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
