import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assetsFor, copyAssets, posterBundlePlugin } from './function-assets';
import { parseFunctionConfig } from './function-config';

/**
 * Bundle each `cloudfunctions/<fn>/index.ts` (not `_*` folders) into a folder WeChat can deploy
 * on its own: `build/cloudfunctions/<fn>/{index.js, package.json, config.json}`. Shared code
 * (src/domain, cloudfunctions/_lib, zod) is inlined; wx-server-sdk stays external and resolves
 * from the repo's node_modules locally, or from the function's package.json in the cloud.
 */

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const WX_SERVER_SDK_VERSION = '4.0.2';

export interface BuildOptions {
  /** Folder holding one folder per function (default: cloudfunctions/). */
  sourceDir?: string;
  /** Output folder (default: build/cloudfunctions/). */
  outDir?: string;
  log?: (line: string) => void;
}

export interface BuiltFunction {
  name: string;
  dir: string;
  /** index.js alone. */
  bytes: number;
  /** Files copied beside it (the poster function's fonts and wasm), in bytes. */
  assetBytes: number;
}

function dirs(opts: BuildOptions): { sourceDir: string; outDir: string } {
  return {
    sourceDir: opts.sourceDir ?? join(ROOT, 'cloudfunctions'),
    outDir: opts.outDir ?? join(ROOT, 'build', 'cloudfunctions'),
  };
}

/** Names of the deployable functions: folders with an index.ts, not starting with `_`. */
export function listFunctions(sourceDir = dirs({}).sourceDir): string[] {
  return readdirSync(sourceDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && !entry.name.startsWith('.'))
    .filter((entry) => existsSync(join(sourceDir, entry.name, 'index.ts')))
    .map((entry) => entry.name)
    .sort();
}

export async function buildFunctions(opts: BuildOptions = {}): Promise<BuiltFunction[]> {
  const { sourceDir, outDir } = dirs(opts);
  const names = listFunctions(sourceDir);
  // Validate every config first, so a bad one builds nothing.
  const configs = names.map((name) => {
    const file = join(sourceDir, name, 'config.json');
    if (!existsSync(file)) throw new Error(`${name}/config.json is missing`);
    return parseFunctionConfig(readFileSync(file, 'utf8'), `${name}/config.json`);
  });

  mkdirSync(outDir, { recursive: true });
  for (const entry of readdirSync(outDir)) {
    if (!names.includes(entry)) rmSync(join(outDir, entry), { recursive: true, force: true });
  }

  const built: BuiltFunction[] = [];
  for (const [i, name] of names.entries()) {
    const dir = join(outDir, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const { metafile } = await build({
      entryPoints: [join(sourceDir, name, 'index.ts')],
      outfile: join(dir, 'index.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node16',
      external: ['wx-server-sdk'],
      minify: false,
      sourcemap: false,
      legalComments: 'none',
      logLevel: 'silent',
      metafile: true,
      plugins: [posterBundlePlugin],
    });
    const assetBytes = copyAssets(dir, assetsFor(Object.keys(metafile.inputs)));
    const pkg = { name, version: '1.0.0', private: true, main: 'index.js', dependencies: { 'wx-server-sdk': WX_SERVER_SDK_VERSION } };
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    writeFileSync(join(dir, 'config.json'), `${JSON.stringify(configs[i], null, 2)}\n`);
    const bytes = statSync(join(dir, 'index.js')).size;
    built.push({ name, dir, bytes, assetBytes });
    opts.log?.(
      `${name}: ${(bytes / 1024).toFixed(1)} KiB${assetBytes ? ` + ${(assetBytes / 1024 / 1024).toFixed(1)} MiB of fonts and wasm` : ''}`,
    );
  }
  return built;
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, entry) => Math.max(max, newestMtime(join(path, entry))), stat.mtimeMs);
}

/** True when any function source (cloudfunctions/, src/domain/) is newer than its outputs. */
export function functionsStale(opts: BuildOptions = {}): boolean {
  const { sourceDir, outDir } = dirs(opts);
  const names = listFunctions(sourceDir);
  if (!existsSync(outDir)) return names.length > 0;
  if (readdirSync(outDir).sort().join('/') !== names.join('/')) return true;
  const sources = Math.max(newestMtime(sourceDir), newestMtime(join(ROOT, 'src', 'domain')));
  return names.some((name) =>
    ['index.js', 'package.json', 'config.json'].some((file) => {
      const out = join(outDir, name, file);
      return !existsSync(out) || statSync(out).mtimeMs < sources;
    }),
  );
}

function isMain(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  const self = fileURLToPath(import.meta.url);
  return resolve(script) === self || resolve(script) === self.replace(/\.ts$/, '');
}

if (isMain()) {
  const started = Date.now();
  buildFunctions({ log: (line) => console.log(line) }).then(
    (built) => console.log(`built ${built.length} function(s) in ${Date.now() - started} ms`),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
