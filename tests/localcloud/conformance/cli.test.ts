// The `localcloud` command for other projects: its flags, dependency installs, no-manifest mode and
// --create-collections.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startLocalCloud, type LocalCloudOptions } from '../../../localcloud';
import { parseCliArgs, projectAppid } from '../../../localcloud/cli';
import { installFunctionDeps } from '../../../localcloud/host/function-deps';
import { startConformance, THIRDPARTY, type Conformance } from './harness';

const FUNCTIONS = path.join(THIRDPARTY, 'cloudfunctions');

describe('flags', () => {
  const base = ['--functions', FUNCTIONS];
  const OK: Array<[string, string[], Record<string, unknown>]> = [
    [
      'defaults',
      base,
      {
        port: 8080,
        data: path.join(THIRDPARTY, '.localcloud'),
        install: true,
        createCollections: false,
        quiet: false,
        quietWarnings: false,
      },
    ],
    [
      'a manifest, resolved from the working folder',
      [...base, '--manifest', 'database.indexes.json'],
      { manifest: path.join(THIRDPARTY, 'database.indexes.json') },
    ],
    [
      'port, data, appid, instances',
      [...base, '--port', '0', '--data', 'd', '--appid', 'wxabc', '--instances', '3'],
      { port: 0, data: path.join(THIRDPARTY, 'd'), appid: 'wxabc', instances: 3 },
    ],
    [
      'switches',
      [...base, '--create-collections', '--no-install', '--timers', '--quiet-warnings'],
      { createCollections: true, install: false, timers: true, quietWarnings: true, quiet: false },
    ],
  ];
  test.each(OK)('%s', (_name, argv, expected) => {
    expect(parseCliArgs(argv, THIRDPARTY)).toMatchObject(expected);
  });

  const BAD: Array<[string, string[], RegExp]> = [
    ['--functions is required', [], /--functions <dir> is required/],
    ['a functions folder that does not exist', ['--functions', 'nowhere'], /is not a folder/],
    ['a manifest that does not exist', [...base, '--manifest', 'nope.json'], /does not exist/],
    ['a bad port', [...base, '--port', 'http'], /not a port number/],
    ['bad instances', [...base, '--instances', '0'], /not a positive integer/],
    ['an unknown flag', [...base, '--verbose'], /Unknown option/],
  ];
  test.each(BAD)('refuses %s', (_name, argv, message) => {
    expect(() => parseCliArgs(argv, THIRDPARTY)).toThrow(message);
  });

  test('no manifest unless given', () => expect(parseCliArgs(base, THIRDPARTY)).not.toHaveProperty('manifest'));
  test('--help', () => expect(parseCliArgs(['--help'])).toBe('help'));
  test('the AppID comes from project.config.json above the functions folder', () => {
    expect(projectAppid(FUNCTIONS)).toBe('wx7hirdpar7y00001');
    expect(projectAppid(os.tmpdir())).toBeUndefined();
  });
});

describe('function dependencies (「云端安装依赖」)', () => {
  test('installed for each package.json, skipped while unchanged, again after a change; failures reported', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lc-deps-'));
    fs.cpSync(FUNCTIONS, dir, { recursive: true });
    fs.mkdirSync(path.join(dir, 'plain'));
    fs.writeFileSync(path.join(dir, 'plain', 'index.js'), 'exports.main = async () => 1;');
    const calls: string[] = [];
    const install = async (d: string) => {
      calls.push(path.basename(d));
      // npm writes a lock file on first install: it must not make the next start reinstall
      fs.writeFileSync(path.join(d, 'package-lock.json'), '{}');
    };
    const statuses = async () => (await installFunctionDeps(dir, { install, log: () => undefined })).map((o) => `${o.fn}:${o.status}`);

    expect(await statuses()).toEqual(['booking:installed', 'leads:installed', 'ledger:installed']);
    expect(await statuses()).toEqual(['booking:unchanged', 'leads:unchanged', 'ledger:unchanged']);
    fs.appendFileSync(path.join(dir, 'leads', 'package.json'), '\n');
    expect(await statuses()).toEqual(['booking:unchanged', 'leads:installed', 'ledger:unchanged']);
    expect(calls).toEqual(['booking', 'leads', 'ledger', 'leads']);

    fs.appendFileSync(path.join(dir, 'ledger', 'package.json'), '\n');
    const failing = await installFunctionDeps(dir, {
      install: async () => Promise.reject(new Error('E404 no such package')),
      log: () => undefined,
    });
    expect(failing.find((o) => o.fn === 'ledger')).toEqual({ fn: 'ledger', status: 'failed', message: 'E404 no such package' });
  });
});

describe('no manifest, --create-collections', () => {
  let c: Conformance;
  beforeAll(async () => {
    c = await startConformance({ manifest: false, args: ['--create-collections'] });
  });
  afterAll(() => c.cloud.stop());

  test('no collection exists at start', () => {
    expect(c.cloud.db.collectionNames()).toEqual([]);
  });
  test('reading a missing collection creates it and answers an empty list', async () => {
    expect(await c.client('o_a', 'leads', { action: 'archive' })).toEqual({ list: [] });
    expect(c.cloud.db.collectionNames()).toContain('leads_archive');
  });
  test('writing creates it: the leads tracker never meets -502005', async () => {
    const r = (await c.client('o_a', 'leads', { action: 'add', name: '王' })) as { id: string };
    expect(typeof r.id).toBe('string');
    expect(((await c.client('o_a', 'leads', { action: 'mine' })) as unknown[]).length).toBe(1);
  });
  test('queries are still counted (nothing declares an index)', () => {
    expect(c.cloud.log.unindexed).toBeGreaterThan(0);
  });
});

test('without a manifest (and without --quiet) unindexed queries are not warned about; --quiet-warnings silences them too', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lc-nomanifest-'));
  const cases: Array<[LocalCloudOptions, boolean]> = [
    [{ manifestPath: false }, true],
    [{ quietWarnings: true }, true],
    [{}, false],
  ];
  for (const [opts, quiet] of cases) {
    const cloud = await startLocalCloud({ dataDir, port: 0, functionsDir: FUNCTIONS, ...opts });
    expect(cloud.log.quiet).toBe(quiet);
    await cloud.stop();
  }
});
