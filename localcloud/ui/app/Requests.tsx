// Requests: the live database request log (function, action, collection, fields, documents examined,
// the index used or "unindexed" highlighted), filterable; and the requests that examined the most.
import { useState } from 'react';
import type { RequestEntry } from '../../server/request-log';
import { useLoad } from './api';

/** A request log entry as the UI API sends it: with the sending function's event.action. */
type Row = RequestEntry & { fnAction?: string };

const unindexed = (r: Row) => !!r.collection && !r.served && r.action !== 'database.insertDocument';

function Table({ rows }: { rows: Row[] }) {
  return (
    <table className='grid'>
      <thead>
        <tr>
          <th>#</th>
          <th>function</th>
          <th>action</th>
          <th>request</th>
          <th>collection</th>
          <th>fields</th>
          <th>examined</th>
          <th>returned</th>
          <th>index</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.seq} className={unindexed(r) ? 'unindexed' : undefined}>
            <td>{r.seq}</td>
            <td>{r.fn ?? 'admin'}</td>
            <td>{r.fnAction ?? ''}</td>
            <td>
              {r.action.replace('database.', '')}
              {r.inTransaction ? ' (tx)' : ''}
            </td>
            <td>{r.collection ?? ''}</td>
            <td className='mono'>{r.fields.join(', ')}</td>
            <td className='num'>{r.examined}</td>
            <td className='num'>{r.returned}</td>
            <td>{unindexed(r) ? <b className='bad-text'>unindexed</b> : (r.index ?? '')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Requests() {
  const [fn, setFn] = useState('');
  const [collection, setCollection] = useState('');
  const [onlyUnindexed, setOnlyUnindexed] = useState(false);
  const [live, setLive] = useState(true);
  const [slow, setSlow] = useState(false);
  const q = new URLSearchParams({ fn, collection, unindexed: onlyUnindexed ? '1' : '0', limit: '200' });
  const list = useLoad<{ rows: Row[]; total?: number; unindexed?: number }>(
    slow ? 'requests/slow?limit=30' : `requests?${q.toString()}`,
    live ? 2000 : undefined,
  );
  return (
    <section>
      <div className='row filters'>
        <label>
          function <input aria-label='function filter' value={fn} onChange={(e) => setFn(e.target.value.trim())} />
        </label>
        <label>
          collection <input aria-label='collection filter' value={collection} onChange={(e) => setCollection(e.target.value.trim())} />
        </label>
        <label>
          <input type='checkbox' checked={onlyUnindexed} onChange={(e) => setOnlyUnindexed(e.target.checked)} /> unindexed only
        </label>
        <label>
          <input type='checkbox' checked={slow} onChange={(e) => setSlow(e.target.checked)} /> slowest (most examined)
        </label>
        <label>
          <input type='checkbox' checked={live} onChange={(e) => setLive(e.target.checked)} /> live
        </label>
        {list.data?.total !== undefined && (
          <span data-testid='requests-summary'>
            {list.data.total} requests · <b className={list.data.unindexed ? 'bad-text' : ''}>{list.data.unindexed} unindexed</b>
          </span>
        )}
      </div>
      {list.error && <p className='error'>{list.error}</p>}
      <Table rows={list.data?.rows ?? []} />
    </section>
  );
}
