// Installs each function's own dependencies, as 「云端安装依赖」 does on deploy: `npm install --omit=dev`
// in every function folder that has a package.json. Skipped when package.json and package-lock.json
// are unchanged since the last install (a hash kept in node_modules/.localcloud-deps).
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { listFunctionNames } from './function-config';

/** Runs the install in one function folder; rejects with npm's output on failure. */
export type Installer = (dir: string) => Promise<void>;

export interface DepsOutcome {
  fn: string;
  status: 'installed' | 'unchanged' | 'failed';
  message?: string;
}

const STAMP = path.join('node_modules', '.localcloud-deps');

export const npmInstall: Installer = (dir) =>
  new Promise((resolve, reject) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const args = ['install', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error'];
    execFile(npm, args, { cwd: dir, maxBuffer: 16 * 1024 * 1024, shell: process.platform === 'win32' }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${err.message}\n${stderr || stdout}`.trim()));
      else resolve();
    });
  });

/** Hash of what decides the installed tree: package.json and, when present, package-lock.json. */
export function manifestHash(dir: string): string {
  const h = crypto.createHash('sha256');
  for (const f of ['package.json', 'package-lock.json']) {
    const file = path.join(dir, f);
    h.update(`${f}\0`);
    if (fs.existsSync(file)) h.update(fs.readFileSync(file));
    h.update('\0');
  }
  return h.digest('hex');
}

/** Installs, one folder at a time (installs are heavy), the functions whose package.json changed. */
export async function installFunctionDeps(
  functionsDir: string,
  opts: { install?: Installer; log?: (line: string) => void } = {},
): Promise<DepsOutcome[]> {
  const install = opts.install ?? npmInstall;
  const log = opts.log ?? ((line: string) => console.log(line));
  const out: DepsOutcome[] = [];
  for (const fn of listFunctionNames(functionsDir)) {
    const dir = path.join(functionsDir, fn);
    if (!fs.existsSync(path.join(dir, 'package.json'))) continue;
    const stamp = path.join(dir, STAMP);
    if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === manifestHash(dir)) {
      out.push({ fn, status: 'unchanged' });
      continue;
    }
    log(`[localcloud] installing dependencies of ${fn} (npm install --omit=dev)`);
    try {
      await install(dir);
      // npm may have written package-lock.json: hash after installing, so the next start skips it.
      fs.mkdirSync(path.dirname(stamp), { recursive: true });
      fs.writeFileSync(stamp, manifestHash(dir));
      out.push({ fn, status: 'installed' });
    } catch (err) {
      const message = (err as Error).message;
      log(`[localcloud] installing dependencies of ${fn} failed: ${message}`);
      out.push({ fn, status: 'failed', message });
    }
  }
  return out;
}
