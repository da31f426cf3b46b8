// The wish form (pages/wish/new/index) from the real weapp build, rendered by miniprogram-simulate:
// its category buttons and submit button exist, and submitting an empty form shows field errors in
// Chinese without calling the cloud; the choices and fields carry WeChat's aria-role/aria-label/
// aria-checked to its screen reader (config/weapp-aria.ts). Stable selectors: the comment at the top of src/pages/wish/new/index.tsx.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, it, jest } from '@jest/globals';
import { CATEGORIES, SERVICE_MENU } from '../../src/domain/menu';
import { buildOnce, buildTime, type TaroBuild } from '../helpers/taro-build';
import { cloudCalls, openPage, waitFor, type CloudAnswer, type SimNode } from './simulate';

const BUILDING = { buildingId: 'B-0012', name: '3栋2单元', estateName: '翠湖小区', communityId: 'c-jinding', communityName: '金鼎社区' };

/** The cloud as the page sees it: the building behind the code, and a plain resident. */
const answer: CloudAnswer = (name, data) => {
  if (name === 'wish' && data.action === 'building') return { ok: true, data: BUILDING };
  if (name === 'user' && data.action === 'whoami') return { ok: true, data: { openid: 'o_resident', roles: ['resident'] } };
  return { ok: false, error: { code: 'INTERNAL.ERROR', message: `not expected in this test: ${name}.${String(data.action)}` } };
};

/** A node of the page's data as Taro's runtime sends it: class `cl`, id `uid`, children `cn`, attributes by slot. */
type DataNode = Record<string, unknown> & { cl?: string; uid?: string; cn?: DataNode[] };
const hasClass = (n: DataNode, c: string) =>
  String(n.cl ?? '')
    .split(' ')
    .includes(c);
function findNode(n: DataNode, match: (n: DataNode) => boolean): DataNode | undefined {
  if (match(n)) return n;
  for (const child of n.cn ?? []) {
    const found = findNode(child, match);
    if (found) return found;
  }
  return undefined;
}

const text = (node: SimNode | undefined) => node?.dom.textContent?.trim() ?? '';
const CJK = /[\u4e00-\u9fa5]/;

jest.setTimeout(90_000); // every test and hook of this file

describe('weapp: the wish form in miniprogram-simulate', () => {
  let page: ReturnType<typeof openPage>['page'];
  let built: TaroBuild;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    built = buildOnce('weapp'); // fails with the build's output when the build fails
    const started = Date.now();
    page = openPage('pages/wish/new/index', { buildingId: 'B-0012' }, answer).page;
    await waitFor(() => page.querySelector('#wish-submit'), 'the submit button');
    timings.loadAndRenderMs = Date.now() - started;
  });

  it('asks the cloud for the building and shows where the volunteer will come', async () => {
    const banner = await waitFor(
      () => text(page.querySelector('.place-text')).includes('金鼎社区') && page.querySelector('.place-text'),
      'the place banner',
    );
    assert.equal(text(banner), '金鼎社区 · 翠湖小区 · 3栋2单元');
    assert.deepEqual(cloudCalls.find((c) => c.name === 'wish')?.data, { action: 'building', scene: 'B-0012' });
  });

  it('renders one button per category of the service menu, and the submit button', () => {
    for (const category of CATEGORIES) {
      const option = page.querySelector(`.category-${category}`);
      assert.ok(option, `.category-${category}`);
      assert.equal(text(option), SERVICE_MENU[category].label);
    }
    assert.equal(page.querySelectorAll('.category-option').length, CATEGORIES.length);
    assert.equal(text(page.querySelector('#wish-submit')), '提交心愿');
  });

  it('tapping submit on an empty form shows Chinese field errors and calls nothing', async () => {
    const before = cloudCalls.length;
    page.querySelector('#wish-submit')?.dispatchEvent('tap');
    const errors = await waitFor(() => {
      const found = page.querySelectorAll('.field-error').filter((e) => text(e));
      return found.length > 0 && found;
    }, 'field errors');
    for (const e of errors) assert.match(text(e), CJK, text(e));
    const byField: Array<[string, string]> = [
      ['category', '请选择要办的事'],
      ['description', '请填写这一项'],
      ['contact-phone', '请填写手机号'],
    ];
    for (const [field, message] of byField) assert.equal(text(page.querySelector(`#field-${field} .field-error`)), message, field);
    assert.match(text(page.querySelector('#form-error')), CJK);
    assert.equal(cloudCalls.length, before, 'an invalid form is not sent');
  });

  it('choosing a category marks it and clears its error', async () => {
    page.querySelector('.category-repairs')?.dispatchEvent('tap');
    await waitFor(() => page.querySelector('.category-repairs')?.dom.className.includes('category-option--on'), 'the chosen category');
    await waitFor(() => !text(page.querySelector('#field-category .field-error')), 'the category error to clear');
    assert.equal(page.querySelectorAll('.category-option--on').length, 1);
    console.log(`weapp-sim: build ${buildTime(built)}, load + first render ${timings.loadAndRenderMs} ms`);
  });

  it("gives WeChat's screen reader roles, names and the chosen choice (aria-* in the templates and in the page data)", () => {
    // config/weapp-aria.ts adds the attributes to the templates and to the runtime's table: the slot a
    // template reads (`i.p7`) must be where the runtime puts the value, or nothing reaches the reader.
    const wxml = fs.readFileSync(join(built.dir, 'base.wxml'), 'utf8');
    const slot = (attr: string, tag: string) => new RegExp(`<${tag} [^>]*\\b${attr}="\\{\\{i\\.(p\\d+)\\}\\}"`).exec(wxml)?.[1] ?? '';
    const view = { role: slot('aria-role', 'view'), checked: slot('aria-checked', 'view'), label: slot('aria-label', 'view') };
    const inputLabel = slot('aria-label', 'input');
    assert.ok(view.role && view.checked && view.label && inputLabel, `aria-* slots in base.wxml: ${JSON.stringify({ view, inputLabel })}`);
    const root = (page.instance.data as { root: DataNode }).root;
    const tile = findNode(root, (n) => hasClass(n, 'category-repairs'));
    const other = findNode(root, (n) => hasClass(n, 'category-cleaning'));
    const group = findNode(root, (n) => hasClass(n, 'category-grid'));
    const name = findNode(root, (n) => n.uid === 'wish-name');
    assert.deepEqual([tile?.[view.role], tile?.[view.checked], other?.[view.checked]], ['radio', 'true', 'false']);
    assert.deepEqual([group?.[view.role], group?.[view.label]], ['radiogroup', '1. 需要办什么事？']);
    assert.equal(name?.[inputLabel], '4. 您的姓名', 'the name field is named by its label, not its example');
  });
});
