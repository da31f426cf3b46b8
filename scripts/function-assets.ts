import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * Files a bundled function needs next to its index.js, because esbuild inlines code only: the
 * poster function (anything bundling cloudfunctions/_lib/poster/font.ts) carries the two Noto Sans
 * Hans weights it prints with (with their OFL licence) and HarfBuzz's hb-subset wasm that cuts them
 * down to a poster's characters. On WeChat Cloud there is no node_modules but wx-server-sdk, so the
 * bundle finds them in its own folder (font.ts looks in `fonts/` beside the bundle first; the wasm
 * path is rewritten by `subsetFontWasm` below).
 */
const require = createRequire(import.meta.url);

export interface Asset {
  from: string;
  /** Relative to the function's folder. */
  to: string;
}

const FONT_TRIGGER = /cloudfunctions\/_lib\/poster\/font\.ts$/;
export const POSTER_WEIGHTS = ['Regular', 'Bold'] as const;
export const WASM_NAME = 'harfbuzz-subset.wasm';

function fontsDir(): string {
  return join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
}

/** The assets for a bundle made of `inputs` (esbuild's metafile input paths). */
export function assetsFor(inputs: readonly string[]): Asset[] {
  if (!inputs.some((i) => FONT_TRIGGER.test(i))) return [];
  return [
    ...POSTER_WEIGHTS.map((w) => ({ from: join(fontsDir(), `NotoSansHans-${w}.otf`), to: `fonts/NotoSansHans-${w}.otf` })),
    { from: join(fontsDir(), '..', 'LICENSE'), to: 'fonts/LICENSE-OFL.txt' },
    { from: require.resolve(`harfbuzzjs/dist/${WASM_NAME}`), to: WASM_NAME },
  ];
}

/** Copies the assets into `dir`; answers their bytes. */
export function copyAssets(dir: string, assets: readonly Asset[]): number {
  let bytes = 0;
  for (const a of assets) {
    const to = join(dir, a.to);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(a.from, to);
    bytes += statSync(to).size;
  }
  return bytes;
}

const WASM_LOOKUP = `require.resolve('harfbuzzjs/dist/${WASM_NAME}')`;

/**
 * subset-font reads its wasm with require.resolve('harfbuzzjs/…'), which esbuild leaves for run time:
 * in the bundle it reads the copy beside index.js instead. fontverter's WOFF/WOFF2 converters (1.2 MB of
 * inlined wasm) are never used (the poster asks for sfnt from an sfnt font): stubbed out.
 */
export const posterBundlePlugin: Plugin = {
  name: 'poster-assets',
  setup(build) {
    build.onLoad({ filter: /[\\/]subset-font[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(WASM_LOOKUP)) throw new Error(`subset-font changed: ${WASM_LOOKUP} not found in ${args.path}`);
      return { contents: source.replace(WASM_LOOKUP, `require('path').join(__dirname, '${WASM_NAME}')`), loader: 'js' };
    });
    build.onResolve({ filter: /^(wawoff2|woff2sfnt-sfnt2woff)$/ }, (args) => ({ path: args.path, namespace: 'unused-font-format' }));
    build.onLoad({ filter: /.*/, namespace: 'unused-font-format' }, (args) => ({
      contents: `const no = () => { throw new Error('${args.path} is not bundled: posters use sfnt fonts only'); };
module.exports = { compress: no, decompress: no, toSfnt: no, toWoff: no };`,
      loader: 'js',
    }));
  },
};
