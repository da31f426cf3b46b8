// The request log is bounded by bytes, not entries: a long session keeps its most recent entries.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { RequestLog } from '../../localcloud/server/request-log';

const entry = (i: number, fields: string[]) => ({
  action: 'database.queryDocument',
  collection: 'wishes',
  fn: 'wish',
  invocationId: `inv-${i}`,
  inTransaction: false,
  examined: 1,
  returned: 1,
  index: 'status_1',
  served: true,
  fields,
});

describe('RequestLog', () => {
  it.each([
    ['short filters', ['status']],
    ['long filters', Array.from({ length: 12 }, (_, i) => `field_with_a_long_name_${i}`)],
  ])('%s: stays within its bytes and keeps the newest entries', (_name, fields) => {
    const log = new RequestLog(64 * 1024);
    for (let i = 1; i <= 20_000; i++) log.record(entry(i, fields));
    assert.ok(log.bytes <= 64 * 1024, `${log.bytes} bytes`);
    assert.ok(log.size > 10, 'keeps more than a handful');
    const kept = log.since(0);
    assert.equal(kept.length, log.size);
    assert.equal(kept[kept.length - 1]!.seq, 20_000, 'the newest is kept');
    assert.equal(kept[0]!.seq, 20_000 - kept.length + 1, 'a contiguous tail');
    assert.equal(log.last, 20_000);
  });

  it('longer entries: fewer of them fit', () => {
    const short = new RequestLog(64 * 1024);
    const long = new RequestLog(64 * 1024);
    for (let i = 1; i <= 5000; i++) {
      short.record(entry(i, ['a']));
      long.record(
        entry(
          i,
          Array.from({ length: 20 }, (_, k) => `a_long_field_name_${k}`),
        ),
      );
    }
    assert.ok(long.size < short.size / 2, `${long.size} vs ${short.size}`);
  });

  it("one invocation's requests and the entries after a seq: the same as a scan of the whole log, also once trimmed", () => {
    const log = new RequestLog(16 * 1024);
    // three requests per invocation, interleaved with the next invocation's, and some admin requests
    for (let i = 1; i <= 600; i++) {
      const inv = i % 7 === 0 ? undefined : `inv-${Math.floor(i / 3) % 50}`;
      log.record({ ...entry(i, ['status']), invocationId: inv });
    }
    const all = log.since(0);
    assert.ok(all[0]!.seq > 1, 'the log was trimmed');
    for (let k = 0; k < 50; k++) {
      const id = `inv-${k}`;
      assert.deepEqual(
        log.ofInvocation(id),
        all.filter((e) => e.invocationId === id),
        id,
      );
    }
    assert.deepEqual(log.ofInvocation('inv-none'), []);
    for (const seq of [0, all[0]!.seq - 1, all[0]!.seq, 300, 599, 600, 700]) {
      assert.deepEqual(
        log.since(seq),
        all.filter((e) => e.seq > seq),
        `since ${seq}`,
      );
    }
  });
});
