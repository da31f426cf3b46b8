// Functions: recent invocations (cost, cold/warm, outcome, log lines), invoking an action by hand as
// any openid, and the timer triggers with their next run and "fire now".
import { useState } from 'react';
import type { InvocationRecord } from '../../host/history';
import { call, fmtTime, useLoad } from './api';

/** An invocation as the UI API sends it: with its database cost. */
type Invocation = InvocationRecord & { db: { requests: number; examined: number; unindexed: number } };
interface Timer {
  fn: string;
  name: string;
  cron: string;
  next: string | null;
  armed: boolean;
}
interface LogLine {
  level: string;
  text: string;
}
interface Answer {
  ok: boolean;
  result?: unknown;
  code?: string;
  message?: string;
  requestId: string;
  durationMs: number;
  logs: LogLine[];
}

function Logs({ fn, requestId }: { fn: string; requestId: string }) {
  const { data, error } = useLoad<LogLine[]>(`functions/${encodeURIComponent(fn)}/logs/${encodeURIComponent(requestId)}`);
  if (error) return <p className='error'>{error}</p>;
  return <pre className='logs'>{(data ?? []).map((l) => `${l.level.padEnd(5)} ${l.text}`).join('\n') || '(no log lines)'}</pre>;
}

function AnswerView({ a, testId }: { a: Answer; testId: string }) {
  return (
    <div className='answer' data-testid={testId}>
      <p>
        <span className={a.ok ? 'badge' : 'badge bad'}>{a.ok ? 'ok' : a.code}</span> {a.durationMs} ms · {a.requestId}
      </p>
      <pre className='mono'>{a.ok ? JSON.stringify(a.result, null, 2) : a.message}</pre>
      <pre className='logs'>{a.logs.map((l) => `${l.level.padEnd(5)} ${l.text}`).join('\n')}</pre>
    </div>
  );
}

function Invoke({ names }: { names: string[] }) {
  const [fn, setFn] = useState('');
  const [openid, setOpenid] = useState('');
  const [event, setEvent] = useState('{"action": ""}');
  const [answer, setAnswer] = useState<Answer>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async () => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(event);
    } catch (e) {
      return setError(`The event is not valid JSON: ${(e as Error).message}`);
    }
    setBusy(true);
    try {
      setAnswer(await call<Answer>('POST', 'invoke', { fn: fn || names[0], event: parsed, openid }));
      setError('');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className='card'>
      <h3>Invoke by hand</h3>
      <div className='row'>
        <select aria-label='function' value={fn || names[0] || ''} onChange={(e) => setFn(e.target.value)}>
          {names.map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
        <input aria-label='openid' placeholder='openid (empty: no user)' value={openid} onChange={(e) => setOpenid(e.target.value)} />
        <button className='primary' disabled={busy} onClick={() => void run()}>
          Invoke
        </button>
      </div>
      <textarea aria-label='event JSON' className='event' spellCheck={false} value={event} onChange={(e) => setEvent(e.target.value)} />
      {error && (
        <p role='alert' className='error'>
          {error}
        </p>
      )}
      {answer && <AnswerView a={answer} testId='invoke-answer' />}
    </div>
  );
}

function Timers({ timers, onFired }: { timers: Timer[]; onFired: () => void }) {
  const [answer, setAnswer] = useState<Answer>();
  const [error, setError] = useState('');
  const fire = async (fn: string) => {
    try {
      setAnswer(await call<Answer>('POST', `timers/${encodeURIComponent(fn)}/fire`, {}));
      setError('');
    } catch (e) {
      setError((e as Error).message);
    }
    onFired();
  };
  return (
    <div className='card'>
      <h3>Timers</h3>
      <table className='grid'>
        <thead>
          <tr>
            <th>function</th>
            <th>trigger</th>
            <th>cron</th>
            <th>next run</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {timers.map((t) => (
            <tr key={t.fn}>
              <td>{t.fn}</td>
              <td>{t.name}</td>
              <td className='mono'>{t.cron}</td>
              <td>
                {fmtTime(t.next)}
                {t.armed ? '' : ' (timers off)'}
              </td>
              <td>
                <button onClick={() => void fire(t.fn)}>Fire now</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error && (
        <p role='alert' className='error'>
          {error}
        </p>
      )}
      {answer && <AnswerView a={answer} testId='timer-answer' />}
    </div>
  );
}

export function Functions() {
  const { data, error, reload } = useLoad<{ functions: string[]; invocations: Invocation[]; timers: Timer[] }>('functions', 3000);
  const [open, setOpen] = useState<Invocation>();
  return (
    <div className='split wide-main'>
      <section className='main'>
        {error && <p className='error'>{error}</p>}
        <h3>Recent invocations</h3>
        <table className='grid'>
          <thead>
            <tr>
              <th>when</th>
              <th>function</th>
              <th>action</th>
              <th>openid / source</th>
              <th>ms</th>
              <th />
              <th>db req</th>
              <th>examined</th>
              <th>result</th>
            </tr>
          </thead>
          <tbody>
            {data?.invocations.map((i) => (
              <tr key={i.requestId} className={open?.requestId === i.requestId ? 'selected' : undefined} onClick={() => setOpen(i)}>
                <td>{fmtTime(i.at)}</td>
                <td>{i.fn}</td>
                <td>{i.action ?? ''}</td>
                <td className='mono'>{i.openid ?? i.source}</td>
                <td className='num'>{i.durationMs}</td>
                <td>{i.cold ? 'cold' : 'warm'}</td>
                <td className='num'>{i.db.requests}</td>
                <td className={i.db.unindexed ? 'num bad-text' : 'num'}>{i.db.examined}</td>
                <td>{i.ok ? 'ok' : <b className='bad-text'>{i.code}</b>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {open && (
          <div className='card'>
            <h3>
              {open.fn} {open.action ?? ''} · {open.requestId}
            </h3>
            {!open.ok && <p className='error'>{open.message}</p>}
            <Logs key={open.requestId} fn={open.fn} requestId={open.requestId} />
          </div>
        )}
      </section>
      <aside className='side wide'>
        <Invoke names={data?.functions ?? []} />
        <Timers timers={data?.timers ?? []} onFired={reload} />
      </aside>
    </div>
  );
}
