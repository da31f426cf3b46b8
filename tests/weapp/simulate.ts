// Loads pages of the Taro weapp build in miniprogram-simulate (j-component + the official wcc
// compiler) in jest's jsdom environment (the `weapp` project in jest.config.js). Shims:
// App/getApp/getCurrentPages, and a Page that forwards to Component (methods moved under `methods`);
// `app.js` is required first. Each page path is loaded once per test file: simulate caches compiled
// wxml by path.
import { join } from 'node:path';
import { taroOut } from '../helpers/taro-build';

/** The weapp build every test of the run shares (a test file calls buildOnce('weapp') first). */
const DIST = taroOut('weapp');
/** Jest's require: simulate and the build run in the jsdom window, which is this file's global. */
const load = (id: string): unknown => require(id); // eslint-disable-line @typescript-eslint/no-require-imports

/** The parts of a j-component node the tests use. */
export interface SimNode {
  dom: { textContent: string | null; className: string; outerHTML: string };
  querySelector(selector: string): SimNode | undefined;
  querySelectorAll(selector: string): SimNode[];
  dispatchEvent(type: string, detail?: object): void;
}

interface SimPage extends SimNode {
  instance: Record<string, unknown> & { onLoad(query: Record<string, string>): void };
  attach(parent: unknown): void;
}

interface Simulate {
  load(path: string, options: { rootPath: string; compiler: 'official' }): string;
  render(id: string): SimPage;
  sleep(ms: number): Promise<void>;
}

export type CloudAnswer = (name: string, data: Record<string, unknown>) => unknown;

let simulate: Simulate | undefined;
const loaded = new Set<string>();
export const cloudCalls: Array<{ name: string; data: Record<string, unknown> }> = [];

/** Simulate, the shims, a fake `wx.cloud`, then `<dist>/app.js` and its onLaunch. Once per test file. */
function boot(answer: CloudAnswer): Simulate {
  if (simulate) return simulate;
  const g = globalThis as Record<string, unknown>;
  if (typeof g.document !== 'object')
    throw new Error('tests/weapp needs the jsdom test environment (the `weapp` project in jest.config.js)');
  const sim = load('miniprogram-simulate') as Simulate; // defines Component, Behavior and wx

  let app: Record<string, unknown> | undefined;
  const pages: unknown[] = [];
  g.App = (options: Record<string, unknown>) => (app = options);
  g.getApp = () => app;
  g.getCurrentPages = () => pages;
  g.__pages = pages;
  g.Page = (options: Record<string, unknown>) => {
    const methods: Record<string, unknown> = {};
    const rest: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(options)) (typeof value === 'function' ? methods : rest)[key] = value;
    (g.Component as (o: object) => void)({ ...rest, methods });
  };
  (g.wx as Record<string, unknown>).cloud = {
    init() {},
    async callFunction({ name, data }: { name: string; data: Record<string, unknown> }) {
      cloudCalls.push({ name, data });
      return { result: answer(name, data) };
    },
  };

  load(join(DIST, 'app.js'));
  (app?.onLaunch as ((o: object) => void) | undefined)?.call(app, { path: 'pages/index/index', query: {}, scene: 1001 });
  simulate = sim;
  return sim;
}

/** Render one page of the build (`pages/wish/new/index`) as WeChat opens it, with `query`. */
export function openPage(
  route: string,
  query: Record<string, string>,
  answer: CloudAnswer,
): { page: SimPage; sleep: (ms: number) => Promise<void> } {
  if (loaded.has(route)) throw new Error(`${route} is already loaded by this test file`);
  loaded.add(route);
  const sim = boot(answer);
  const page = sim.render(sim.load(join(DIST, route), { rootPath: DIST, compiler: 'official' }));
  page.attach((globalThis as unknown as { document: { createElement(t: string): unknown } }).document.createElement('parent-wrapper'));
  page.instance.route = route;
  ((globalThis as Record<string, unknown>).__pages as unknown[]).push(page.instance);
  page.instance.onLoad(query);
  return { page, sleep: (ms) => sim.sleep(ms) };
}

/** Polls until `find` returns something (React renders and setData land asynchronously). */
export async function waitFor<T>(find: () => T | undefined | false, what: string, timeoutMs = 3000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
