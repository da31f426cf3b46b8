import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, it } from '@jest/globals';

/**
 * The layer rules of .dependency-cruiser.cjs, run against a small fixture tree (under tests/out/)
 * that has the project's folder names: each bad import must be reported under its rule.
 */
const ROOT = resolve(__dirname, '../..');
mkdirSync(join(ROOT, 'tests', 'out'), { recursive: true });
const fixture = mkdtempSync(join(ROOT, 'tests', 'out', 'lint-'));
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(fixture, path)), { recursive: true });
    writeFileSync(join(fixture, path), text);
  }
}

write({
  'tsconfig.json': '{ "compilerOptions": { "moduleResolution": "bundler", "module": "esnext", "paths": { "@/*": ["./src/*"] } } }\n',
  'src/domain/errors.ts': 'export const ok = 1;\n',
  'src/domain/fine.ts': "import { ok } from './errors';\nexport const fine = ok;\n",
  'src/domain/impure.ts': "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
  'src/domain/upward.ts': "import { call } from '../services/index';\nexport const x = call;\n",
  'src/services/index.ts': "import { ok } from '../domain/errors';\nexport const call = ok;\n",
  'src/services/ui.ts': "import { Page } from '../pages/index/index';\nexport const x = Page;\n",
  'src/pages/index/index.tsx': "import { call } from '../../services/index';\nexport const Page = call;\n",
  // Through the `@/` alias (tsconfig paths): the rules see the same files.
  'src/pages/index/aliased.ts': "import { ok } from '@/domain/errors';\nexport const y = ok;\n",
  'src/domain/aliased-upward.ts': "import { call } from '@/services/index';\nexport const x = call;\n",
  'src/services/aliased-ui.ts': "import { Page } from '@/pages/index/index';\nexport const x = Page;\n",
  'src/pages/index/server.ts': "import { x } from '../../../localcloud/server';\nexport const y = x;\n",
  'src/pages/index/fn.ts': "import { main } from '../../../cloudfunctions/user/index';\nexport const y = main;\n",
  'cloudfunctions/_lib/router.ts': "import { ok } from '../../src/domain/errors';\nexport const route = ok;\n",
  'cloudfunctions/_lib/up.ts': "import { main } from '../user/index';\nexport const y = main;\n",
  'cloudfunctions/user/index.ts': "import { route } from '../_lib/router';\nexport const main = route;\n",
  'cloudfunctions/user/bad.ts': "import { call } from '../../src/services/index';\nexport const y = call;\n",
  'cloudfunctions/user/cross.ts': "import { main } from '../other/index';\nexport const y = main;\n",
  'cloudfunctions/other/index.ts': 'export const main = 1;\n',
  // A stand-in package, so imports resolve inside the fixture as they do in the project.
  'node_modules/pdf-lib/package.json': '{ "name": "pdf-lib", "main": "index.js" }\n',
  'node_modules/pdf-lib/index.js': 'exports.PDFDocument = 1;\n',
  'cloudfunctions/user/pdf.ts': "import { PDFDocument } from 'pdf-lib';\nexport const y = PDFDocument;\n",
  'cloudfunctions/_lib/poster/render.ts': "import { PDFDocument } from 'pdf-lib';\nexport const y = PDFDocument;\n",
  'localcloud/server.ts': 'export const x = 1;\n',
  'localcloud/pages.ts': "import { Page } from '../src/pages/index/index';\nexport const y = Page;\n",
  'localcloud/fn.ts': "import { main } from '../cloudfunctions/user/index';\nexport const y = main;\n",
  'localcloud/domain.ts': "import { ok } from '../src/domain/errors';\nexport const y = ok;\n",
  'scripts/uses-tests.ts': "import { helper } from '../tests/helper';\nexport const y = helper;\n",
  'tests/helper.ts': 'export const helper = 1;\n',
});

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function cruise(): Promise<Violation[]> {
  const bin = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
  const args = [bin, 'src', 'cloudfunctions', 'localcloud', 'scripts'];
  args.push('--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json');
  return new Promise((done, fail) => {
    execFile(process.execPath, args, { cwd: fixture, maxBuffer: 16 * 1024 * 1024 }, (err, stdout) => {
      if (!stdout) return fail(err ?? new Error('no output'));
      done((JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations);
    });
  });
}

describe('dependency rules (.dependency-cruiser.cjs)', () => {
  const expected: Array<[string, string, string]> = [
    ['domain-is-pure', 'src/domain/impure.ts', 'node:fs'],
    ['domain-not-to-services', 'src/domain/upward.ts', 'src/services/index.ts'],
    ['domain-and-services-not-to-ui', 'src/services/ui.ts', 'src/pages/index/index.tsx'],
    ['domain-not-to-services', 'src/domain/aliased-upward.ts', 'src/services/index.ts'],
    ['domain-and-services-not-to-ui', 'src/services/aliased-ui.ts', 'src/pages/index/index.tsx'],
    ['src-not-to-server', 'src/pages/index/server.ts', 'localcloud/server.ts'],
    ['src-not-to-server', 'src/pages/index/fn.ts', 'cloudfunctions/user/index.ts'],
    ['functions-layer', 'cloudfunctions/user/bad.ts', 'src/services/index.ts'],
    ['functions-are-independent', 'cloudfunctions/user/cross.ts', 'cloudfunctions/other/index.ts'],
    ['poster-libraries', 'cloudfunctions/user/pdf.ts', 'node_modules/pdf-lib/index.js'],
    ['lib-not-to-functions', 'cloudfunctions/_lib/up.ts', 'cloudfunctions/user/index.ts'],
    ['localcloud-not-to-app', 'localcloud/pages.ts', 'src/pages/index/index.tsx'],
    ['localcloud-not-to-app', 'localcloud/fn.ts', 'cloudfunctions/user/index.ts'],
    // the local cloud runs anyone's functions: not even the domain
    ['localcloud-not-to-app', 'localcloud/domain.ts', 'src/domain/errors.ts'],
    ['production-not-to-tests', 'scripts/uses-tests.ts', 'tests/helper.ts'],
  ];

  it('reports every bad import under its rule, and nothing allowed', async () => {
    const violations = await cruise();
    const found = violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    for (const [rule, from, to] of expected) {
      const hit = violations.some((v) => v.rule.name === rule && v.from === from && (v.to === to || v.to === to.replace(/^node:/, '')));
      assert.ok(hit, `expected ${rule}: ${from} → ${to}\nfound:\n${found.join('\n')}`);
    }
    const allowed = [
      'src/domain/fine.ts',
      'src/pages/index/index.tsx',
      'src/pages/index/aliased.ts',
      'cloudfunctions/user/index.ts',
      'cloudfunctions/_lib/poster/render.ts',
    ];
    for (const from of allowed) {
      assert.ok(!violations.some((v) => v.from === from), `${from} is allowed\nfound:\n${found.join('\n')}`);
    }
  }, 60_000);
});
