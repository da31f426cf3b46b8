// Outbox (subscribe messages sent), storage (files, image previews, a link for PDFs) and the
// msgSecCheck blocklist (the repo's words; this data folder's words added and removed).
import { useState } from 'react';
import { call, fmtTime, useLoad } from './api';
import type { StoredFile } from '../api/files';

interface OutboxEntry {
  msgid: number;
  at: string;
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
  fromFunction?: string;
}

export function Outbox() {
  const { data, error } = useLoad<OutboxEntry[]>('outbox', 3000);
  return (
    <section>
      {error && <p className='error'>{error}</p>}
      {data?.length === 0 && <p className='hint'>No subscribe message sent yet.</p>}
      <table className='grid'>
        <thead>
          <tr>
            <th>sent</th>
            <th>to</th>
            <th>template</th>
            <th>page</th>
            <th>data</th>
            <th>from</th>
          </tr>
        </thead>
        <tbody>
          {data?.map((m) => (
            <tr key={m.msgid}>
              <td>{fmtTime(m.at)}</td>
              <td className='mono'>{m.touser}</td>
              <td className='mono'>{m.templateId}</td>
              <td className='mono'>{m.page ?? ''}</td>
              <td>
                {Object.entries(m.data).map(([k, v]) => (
                  <div key={k}>
                    <span className='dim'>{k}</span> {v.value}
                  </div>
                ))}
              </td>
              <td>{m.fromFunction ?? 'admin'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function Storage() {
  const { data, error } = useLoad<StoredFile[]>('storage');
  return (
    <section>
      {error && <p className='error'>{error}</p>}
      {data?.length === 0 && <p className='hint'>No files stored yet.</p>}
      <ul className='files'>
        {data?.map((f) => (
          <li key={f.fileID} className='file'>
            {f.contentType.startsWith('image/') ? (
              <img src={f.url} alt={f.cloudPath} />
            ) : (
              <div className='ext'>{f.cloudPath.split('.').pop()}</div>
            )}
            <div>
              <a href={f.url} target='_blank' rel='noreferrer'>
                {f.cloudPath}
              </a>
              <div className='dim'>
                {(f.size / 1024).toFixed(1)} KB · {f.contentType.split(';')[0]} · {fmtTime(f.modified)}
              </div>
              <div className='mono dim small'>{f.fileID}</div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface Word {
  word: string;
  label: number;
  suggest: string;
}

export function Blocklist() {
  const { data, error, reload } = useLoad<{ repo: Word[]; local: Word[] }>('blocklist');
  const [word, setWord] = useState('');
  const [suggest, setSuggest] = useState('risky');
  const [msg, setMsg] = useState('');
  const act = async (method: string, body: unknown) => {
    try {
      await call(method, 'blocklist', body);
      setMsg('');
      setWord('');
    } catch (e) {
      setMsg((e as Error).message);
    }
    reload();
  };
  return (
    <section className='split'>
      <div className='main'>
        <h3>This data folder&apos;s words (blocklist.txt in the data folder)</h3>
        <form
          className='row'
          onSubmit={(e) => {
            e.preventDefault();
            void act('POST', { word, suggest });
          }}
        >
          <input aria-label='word' value={word} onChange={(e) => setWord(e.target.value)} placeholder='a word' />
          <select aria-label='suggest' value={suggest} onChange={(e) => setSuggest(e.target.value)}>
            <option value='risky'>risky</option>
            <option value='review'>review</option>
          </select>
          <button className='primary' type='submit'>
            Add
          </button>
          {msg && <span className='error'>{msg}</span>}
        </form>
        <ul className='words' data-testid='local-words'>
          {data?.local.map((w) => (
            <li key={w.word}>
              <span>{w.word}</span> <span className='dim'>{w.suggest}</span>{' '}
              <button aria-label={`Remove ${w.word}`} onClick={() => void act('DELETE', { word: w.word })}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      </div>
      <aside className='side wide'>
        <h3>The repo&apos;s words (localcloud/blocklist.txt)</h3>
        {error && <p className='error'>{error}</p>}
        <ul className='words'>
          {data?.repo.map((w) => (
            <li key={w.word}>
              {w.word} <span className='dim'>{w.suggest}</span>
            </li>
          ))}
        </ul>
      </aside>
    </section>
  );
}
