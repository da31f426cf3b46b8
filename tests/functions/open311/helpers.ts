// Reading Open311 answers in tests: GET through the local cloud's gateway, JSON or XML parsed into flat
// records (XML must be well-formed), every raw body kept for the leak scan.
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import type { LocalCloud } from '../../../localcloud';

export interface Got {
  status: number;
  type: string;
  body: string;
}

export type Item = Record<string, string | string[]>;

export const bodies: string[] = [];

export async function get(cloud: LocalCloud, path: string, method = 'GET'): Promise<Got> {
  const res = await fetch(`${cloud.baseUrl}${path}`, { method });
  const body = await res.text();
  bodies.push(body);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body };
}

const { DOMParser } = new JSDOM('').window;

/** An XML list document as records (an element with children becomes a list of their texts). */
export function xmlItems(text: string, root: string, item: string): Item[] {
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  assert.equal(doc.getElementsByTagName('parsererror').length, 0, `not well-formed: ${text.slice(0, 200)}`);
  assert.equal(doc.documentElement.tagName, root);
  return [...doc.documentElement.children].map((el) => {
    assert.equal(el.tagName, item);
    return xmlRecord(el);
  });
}

export function xmlRecord(el: Element): Item {
  return Object.fromEntries(
    [...el.children].map((c) => [
      c.tagName,
      c.children.length > 0 ? [...c.children].map((g) => g.textContent ?? '') : (c.textContent ?? ''),
    ]),
  );
}

export function xmlDocument(text: string, root: string): Element {
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  assert.equal(doc.getElementsByTagName('parsererror').length, 0, `not well-formed: ${text.slice(0, 200)}`);
  assert.equal(doc.documentElement.tagName, root);
  return doc.documentElement;
}

/** Keys ⊆ the spec's list, the required ones present. */
export function assertFields(items: object[], fields: readonly string[], required: readonly string[]): void {
  for (const i of items) {
    for (const k of Object.keys(i)) assert.ok(fields.includes(k), `field ${k} is not in the spec`);
    for (const k of required) assert.ok(k in i, `required ${k} missing`);
  }
}
