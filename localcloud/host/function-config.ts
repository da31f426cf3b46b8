// Reads one built function folder: index.js + config.json (WeChat format).
import fs from 'node:fs';
import path from 'node:path';

export const DEFAULT_TIMEOUT_S = 3;
export const MAX_TIMEOUT_S = 60;
/** SCF function names: a letter first, then letters, digits, '-' or '_', at most 60 characters. */
const NAME_RE = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;

export interface TimerTrigger {
  name: string;
  /** 7 fields: sec min hour day month weekday year. */
  cron: string;
}

export interface FunctionDef {
  name: string;
  dir: string;
  indexPath: string;
  timeoutMs: number;
  trigger?: TimerTrigger;
  /** Changes whenever index.js or config.json changes; warm instances of an older version are retired. */
  version: string;
}

export function isValidFunctionName(name: string): boolean {
  return NAME_RE.test(name);
}

export class FunctionConfigError extends Error {}

/** The function's definition, or undefined when there is no such deployable folder. Throws on a bad config.json. */
export function readFunctionDef(functionsDir: string, name: string): FunctionDef | undefined {
  if (!isValidFunctionName(name)) return undefined;
  const dir = path.join(functionsDir, name);
  const indexPath = path.join(dir, 'index.js');
  const indexStat = statOrUndefined(indexPath);
  if (indexStat === undefined || !indexStat.isFile()) return undefined;
  const configPath = path.join(dir, 'config.json');
  const configStat = statOrUndefined(configPath);
  const config = configStat === undefined ? {} : cachedConfig(configPath, configStat);
  return {
    name,
    dir,
    indexPath,
    timeoutMs: readTimeout(config, name) * 1000,
    ...(readTrigger(config, name) ?? {}),
    version: `${indexStat.mtimeMs}:${indexStat.size}:${configStat?.mtimeMs ?? 0}`,
  };
}

// Every invocation reads its function's definition (a rebuilt function must take effect at once); the
// two stats tell a changed file, so config.json is parsed again only when it changed.
const configs = new Map<string, { key: string; config: ReturnType<typeof parseConfig> }>();

function cachedConfig(configPath: string, st: fs.Stats): ReturnType<typeof parseConfig> {
  const key = `${st.mtimeMs}:${st.size}:${st.ino}`;
  const hit = configs.get(configPath);
  if (hit?.key === key) return hit.config;
  const config = parseConfig(configPath);
  configs.set(configPath, { key, config });
  return config;
}

/** Whether `name` is a deployable function folder (one stat, for a gateway's log line). */
export function functionExists(functionsDir: string, name: string): boolean {
  return isValidFunctionName(name) && statOrUndefined(path.join(functionsDir, name, 'index.js'))?.isFile() === true;
}

/** Names of all deployable function folders (those with an index.js). */
export function listFunctionNames(functionsDir: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(functionsDir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isDirectory() && isValidFunctionName(e.name))
    .filter((e) => statOrUndefined(path.join(functionsDir, e.name, 'index.js'))?.isFile() === true)
    .map((e) => e.name)
    .sort();
}

function statOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

function parseConfig(configPath: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(configPath, 'utf8'));
  } catch (err) {
    throw new FunctionConfigError(`${configPath}: invalid JSON (${(err as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new FunctionConfigError(`${configPath}: must be a JSON object`);
  }
  return parsed as Record<string, unknown>;
}

function readTimeout(config: Record<string, unknown>, name: string): number {
  const t = config['timeout'];
  if (t === undefined) return DEFAULT_TIMEOUT_S;
  if (typeof t !== 'number' || !Number.isFinite(t) || t <= 0 || t > MAX_TIMEOUT_S) {
    throw new FunctionConfigError(`${name}/config.json: "timeout" must be a number of seconds in (0, ${MAX_TIMEOUT_S}]`);
  }
  return t;
}

function readTrigger(config: Record<string, unknown>, name: string): { trigger: TimerTrigger } | undefined {
  const triggers = config['triggers'];
  if (triggers === undefined) return undefined;
  if (!Array.isArray(triggers)) throw new FunctionConfigError(`${name}/config.json: "triggers" must be an array`);
  if (triggers.length === 0) return undefined;
  if (triggers.length > 1) throw new FunctionConfigError(`${name}/config.json: WeChat allows at most one trigger`);
  const t = triggers[0] as Record<string, unknown>;
  if (t['type'] !== 'timer') throw new FunctionConfigError(`${name}/config.json: only "timer" triggers exist`);
  if (typeof t['name'] !== 'string' || t['name'] === '' || typeof t['config'] !== 'string') {
    throw new FunctionConfigError(`${name}/config.json: a trigger needs string "name" and "config"`);
  }
  return { trigger: { name: t['name'], cron: t['config'] } };
}
