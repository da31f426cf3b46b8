// Collections: counts and declared indexes; a query (where as the SDK's JSON), order and paging; one
// document edited as JSON (parse errors and unique-index violations shown) or deleted after a confirm.
import { useEffect, useState } from 'react';
import { call, useLoad } from './api';
import { ExportBox } from './ExportBox';

interface Info {
  name: string;
  count: number;
  indexes: Array<{ name: string; keys: Record<string, number>; unique: boolean }>;
}
interface Page {
  docs: Array<Record<string, unknown>>;
  total: number;
  plan: { index: string | null; served: boolean; examined: number };
}

const PAGE = 20;
const keysOf = (k: Record<string, number>) =>
  Object.entries(k)
    .map(([f, d]) => `${f} ${d < 0 ? '↓' : '↑'}`)
    .join(', ');

function Editor({ name, doc, onDone }: { name: string; doc: Record<string, unknown>; onDone: (deleted: boolean) => void }) {
  const [text, setText] = useState(JSON.stringify(doc, null, 2));
  const [msg, setMsg] = useState<{ ok: boolean; text: string }>();
  const id = String(doc._id);
  const path = `collections/${encodeURIComponent(name)}/docs/${encodeURIComponent(id)}`;
  const save = async () => {
    try {
      JSON.parse(text);
    } catch (e) {
      return setMsg({ ok: false, text: `Not valid JSON: ${(e as Error).message}` });
    }
    try {
      await call('PUT', path, { json: text });
      setMsg({ ok: true, text: 'Saved.' });
      onDone(false);
    } catch (e) {
      setMsg({ ok: false, text: (e as Error).message });
    }
  };
  const remove = async () => {
    if (!window.confirm(`Delete document ${id} from ${name}?`)) return;
    try {
      await call('DELETE', path);
      onDone(true);
    } catch (e) {
      setMsg({ ok: false, text: (e as Error).message });
    }
  };
  return (
    <div className='editor'>
      <h3>
        {name} / {id}
      </h3>
      <textarea aria-label='Document JSON' spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} />
      <div className='row'>
        <button className='primary' onClick={() => void save()}>
          Save
        </button>
        <button className='danger' onClick={() => void remove()}>
          Delete
        </button>
        {msg && (
          <span role={msg.ok ? 'status' : 'alert'} className={msg.ok ? 'ok' : 'error'}>
            {msg.text}
          </span>
        )}
      </div>
    </div>
  );
}

function Browser({ name, onChanged }: { name: string; onChanged: () => void }) {
  const [where, setWhere] = useState('{}');
  const [orderBy, setOrderBy] = useState('');
  const [direction, setDirection] = useState('asc');
  const [skip, setSkip] = useState(0);
  const [page, setPage] = useState<Page>();
  const [error, setError] = useState('');
  const [open, setOpen] = useState<Record<string, unknown>>();
  const run = async (at = skip) => {
    try {
      const p = await call<Page>('POST', `collections/${encodeURIComponent(name)}/query`, {
        where,
        orderBy,
        direction,
        skip: at,
        limit: PAGE,
      });
      setPage(p);
      setSkip(at);
      setError('');
    } catch (e) {
      setError((e as Error).message);
    }
  };
  useEffect(() => {
    setOpen(undefined);
    void run(0);
  }, [name]);
  return (
    <div className='browser'>
      <form
        className='query'
        onSubmit={(e) => {
          e.preventDefault();
          void run(0);
        }}
      >
        <label>
          where <input aria-label='where' className='mono wide' value={where} onChange={(e) => setWhere(e.target.value)} />
        </label>
        <label>
          orderBy <input aria-label='orderBy' className='mono' value={orderBy} onChange={(e) => setOrderBy(e.target.value)} />
        </label>
        <select aria-label='direction' value={direction} onChange={(e) => setDirection(e.target.value)}>
          <option value='asc'>asc</option>
          <option value='desc'>desc</option>
        </select>
        <button className='primary' type='submit'>
          Query
        </button>
      </form>
      <p className='hint'>
        where is the SDK&apos;s query as JSON: <code>{'{"status": "open", "n": {"$gt": 3}}'}</code> for{' '}
        <code>{"where({status: 'open', n: _.gt(3)})"}</code>; dates <code>{'{"$date": "2026-01-01T00:00:00Z"}'}</code>.
      </p>
      {error && (
        <p role='alert' className='error'>
          {error}
        </p>
      )}
      {page && (
        <>
          <div className='row'>
            <span data-testid='query-total'>
              {page.total} match · showing {page.total === 0 ? 0 : skip + 1}–{skip + page.docs.length}
            </span>
            <span className={page.plan.served ? 'badge' : 'badge bad'}>{page.plan.index ?? 'unindexed'}</span>
            <button disabled={skip === 0} onClick={() => void run(Math.max(0, skip - PAGE))}>
              ‹ Prev
            </button>
            <button disabled={skip + PAGE >= page.total} onClick={() => void run(skip + PAGE)}>
              Next ›
            </button>
          </div>
          <ul className='docs'>
            {page.docs.map((d) => (
              <li key={String(d._id)}>
                <button className={open?._id === d._id ? 'doc selected' : 'doc'} onClick={() => setOpen(d)}>
                  <b>{String(d._id)}</b> <span className='mono dim'>{JSON.stringify(d).slice(0, 160)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {open && (
        <Editor
          key={String(open._id)}
          name={name}
          doc={open}
          onDone={(deleted) => {
            if (deleted) setOpen(undefined);
            void run(skip);
            onChanged();
          }}
        />
      )}
    </div>
  );
}

export function Collections() {
  const { data, error, reload } = useLoad<Info[]>('collections');
  const [name, setName] = useState<string>();
  return (
    <div className='split'>
      <nav className='side' aria-label='Collections'>
        {error && <p className='error'>{error}</p>}
        {data?.map((c) => (
          <button
            key={c.name}
            className={c.name === name ? 'coll selected' : 'coll'}
            onClick={() => setName(c.name)}
            title={c.indexes.map((i) => `${i.name}: ${keysOf(i.keys)}`).join('\n')}
          >
            <span>{c.name}</span> <span className='count'>{c.count}</span>
            <small className='dim'>
              {c.indexes.length} index{c.indexes.length === 1 ? '' : 'es'}
            </small>
          </button>
        ))}
        <ExportBox />
      </nav>
      <section className='main'>
        {name === undefined ? (
          <p className='hint'>Choose a collection.</p>
        ) : (
          <>
            <h2>{name}</h2>
            <p className='indexes'>
              {data
                ?.find((c) => c.name === name)
                ?.indexes.map((i) => (
                  <span key={i.name} className='badge'>
                    {i.name}: {keysOf(i.keys)}
                    {i.unique ? ' unique' : ''}
                  </span>
                ))}
            </p>
            <Browser name={name} onChanged={reload} />
          </>
        )}
      </section>
    </div>
  );
}
