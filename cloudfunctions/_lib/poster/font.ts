// The poster's Chinese fonts: Noto Sans Hans (OFL-1.1) from the @embedpdf/fonts-sc package, read once per
// instance and cut down to the characters a PDF uses with HarfBuzz's hb-subset (the subset-font package).
// pdf-lib's own `subset: true` (fontkit) breaks these fonts: poppler rejects the CFF subset of the .otf,
// and the TrueType subset of Noto Sans SC loses most glyphs. See docs/ARCHITECTURE.md, "Stairwell posters".
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

export type Weight = 'Regular' | 'Bold';

const cache = new Map<Weight, Promise<Buffer>>();

/**
 * The fonts: in a built function, `fonts/` beside index.js (scripts/function-assets.ts copies them
 * there: WeChat Cloud has no node_modules); from source, the package's fonts/ folder, found from its
 * entry point (its `exports` hide package.json).
 */
function fontsDir(): string {
  const bundled = join(__dirname, 'fonts');
  return existsSync(bundled) ? bundled : join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
}

function fullFont(weight: Weight): Promise<Buffer> {
  let bytes = cache.get(weight);
  if (!bytes) {
    bytes = readFile(join(fontsDir(), `NotoSansHans-${weight}.otf`));
    cache.set(weight, bytes);
  }
  return bytes;
}

/** The font with only the glyphs for `text` (an OpenType font, CFF outlines). */
export async function fontSubset(weight: Weight, text: string): Promise<Uint8Array> {
  return subsetFont(await fullFont(weight), text, { targetFormat: 'sfnt' });
}
