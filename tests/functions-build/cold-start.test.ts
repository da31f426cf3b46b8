import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, it } from '@jest/globals';
import { sharedFunctions } from '../helpers/built';

/**
 * A cold start evaluates only what every call needs. The libraries for sheets and PDFs are bundled into
 * the functions that have an action making one, and load with that action's first call
 * (cloudfunctions/_lib/sheets/excel.ts, and dynamic imports of the PDF modules). Loading them at start
 * cost 90–300 CPU-ms per cold start (docs/ARCHITECTURE.md, "One code path"). start-probe.cjs lists the
 * npm packages whose code ran while each bundle loaded.
 */
const LAZY: Record<string, string[]> = {
  bank: ['exceljs'],
  visit: ['exceljs'],
  sheets: ['exceljs'],
  insight: ['exceljs', 'pdf-lib', '@pdf-lib/fontkit', 'subset-font'],
  cert: ['pdf-lib', '@pdf-lib/fontkit', 'subset-font', 'qrcode'],
  poster: ['pdf-lib', '@pdf-lib/fontkit', 'subset-font'],
};

let dir = '';
let probed: Record<string, { started: string[]; wrapped: string[] }> = {};

beforeAll(async () => {
  dir = await sharedFunctions();
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const out = execFileSync(process.execPath, [join(__dirname, 'start-probe.cjs'), dir, ...names], { encoding: 'utf8' });
  probed = JSON.parse(out) as typeof probed;
}, 60_000);

describe('function cold start', () => {
  it('probes every function, and sees the packages a bundle loads at start (dayjs, in all of them)', () => {
    assert.equal(Object.keys(probed).length, 14);
    for (const [name, { started }] of Object.entries(probed)) assert.ok(started.includes('dayjs'), `${name}: ${started.join(', ')}`);
  });

  // Wrapped: the probe would see the package run (an ES module inlined without a wrapper runs unseen).
  it.each(Object.entries(LAZY))('%s bundles %j and runs none of them at start', (name, packages) => {
    const { started, wrapped } = probed[name]!;
    for (const p of packages) {
      assert.ok(wrapped.includes(p), `${name} bundles ${p}, in a wrapper the probe sees`);
      assert.ok(!started.includes(p), `${name} ran ${p} at start`);
    }
  });

  it('no other function bundles a sheet or PDF library', () => {
    const heavy = [...new Set(Object.values(LAZY).flat())];
    for (const name of Object.keys(probed).filter((n) => !(n in LAZY))) {
      const bundle = readFileSync(join(dir, name, 'index.js'), 'utf8');
      assert.deepEqual(
        heavy.filter((p) => bundle.includes(`node_modules/${p}/`)),
        [],
        name,
      );
    }
  });
});
