// The font subset keeps a glyph for every character asked for, and only those (so posters stay small).
import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import fontkit from '@pdf-lib/fontkit';
import { fontSubset, type Weight } from '../../../cloudfunctions/_lib/poster/font';
import { EMERGENCY, STEPS, TITLE } from '../../../cloudfunctions/_lib/poster/layout';

const TEXT = [TITLE, EMERGENCY, ...STEPS, '五华区翠湖街道华山社区', '3栋2单元', '社区电话：0871-65123456', 'B-0012'].join('');
const CHARS = [...new Set(TEXT)];

describe.each<Weight>(['Regular', 'Bold'])('Noto Sans Hans %s, subset', (weight) => {
  test.each([
    ['every character of the poster', TEXT],
    ['a rare name character', '喆'],
  ])('has a glyph for %s', async (_what, text) => {
    const font = fontkit.create(await fontSubset(weight, text));
    const missing = [...new Set(text)].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0));
    assert.deepEqual(missing, []);
  });

  // hb-subset also keeps the glyphs its layout rules can reach (e.g. alternate forms): 11 glyphs for the
  // 8 characters of the title. The full font has some 30,000.
  test('holds about the characters asked for, not the whole font', async () => {
    const font = fontkit.create(await fontSubset(weight, TEXT));
    assert.ok(font.numGlyphs <= 2 * CHARS.length, `${font.numGlyphs} glyphs for ${CHARS.length} characters`);
    assert.equal(font.hasGlyphForCodePoint('龙'.codePointAt(0) ?? 0), false);
  });
});
