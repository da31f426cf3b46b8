import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { decodeScene } from '../../src/domain/scene';

describe('decodeScene', () => {
  const valid: Array<[string | undefined | null, string | null]> = [
    [undefined, null],
    [null, null],
    ['', null],
    ['B-0012', 'B-0012'],
    ['b%3D12%26c%3D3', 'b=12&c=3'],
    ['B%2D0012', 'B-0012'],
    ['a'.repeat(32), 'a'.repeat(32)],
    ["!#$&'()*+,/:;=?@-._~", "!#$&'()*+,/:;=?@-._~"],
  ];
  for (const [raw, expected] of valid) {
    it(`decodes ${JSON.stringify(raw)} → ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(decodeScene(raw), { ok: true, data: expected });
    });
  }

  const invalid: string[] = [
    '%E0%A4%A', // truncated UTF-8 escape: decodeURIComponent throws
    '%',
    '%zz',
    'a'.repeat(33),
    '%E6%A5%BC', // 楼: outside the wxacode character set
    'B 0012',
    'B%250012', // decodes to "B%0012": % is not allowed
  ];
  for (const raw of invalid) {
    it(`rejects ${JSON.stringify(raw)} with SCENE.INVALID`, () => {
      const result = decodeScene(raw);
      assert.equal(result.ok, false);
      if (!result.ok) assert.equal(result.error.code, 'SCENE.INVALID');
    });
  }
});
