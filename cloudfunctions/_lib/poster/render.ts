// renderPosters: one A4 page per stairwell in one PDF. The fonts are subset to the characters of the
// whole batch first (font.ts), then embedded whole: pdf-lib never subsets them itself.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { fontSubset } from './font';
import { A4, drawPoster, posterText } from './layout';
import type { CodeImage, PosterInput, Progress } from './types';

export async function renderPosters(stairwells: readonly PosterInput[], codeImage: CodeImage, progress?: Progress): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle('码上办 · 微心愿 楼道二维码');
  doc.setCreator('码上办');
  const texts = stairwells.map(posterText);
  const fonts = {
    regular: await doc.embedFont(await fontSubset('Regular', texts.map((t) => t.regular).join('')), { subset: false }),
    bold: await doc.embedFont(await fontSubset('Bold', texts.map((t) => t.bold).join('')), { subset: false }),
  };
  let done = 0;
  for (const stairwell of stairwells) {
    const code = await doc.embedPng(await codeImage(stairwell.scene));
    drawPoster(doc.addPage(A4), stairwell, code, fonts);
    done += 1;
    progress?.(done, stairwells.length);
  }
  return doc.save();
}
