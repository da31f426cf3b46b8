// The header's clock: the local cloud's time, how far it is ahead, and moving it forward (timers catch up).
import { useState } from 'react';
import { call, fmtTime, useLoad } from './api';

interface ClockState {
  now: string;
  offsetMs: number;
  fired?: number;
}

const STEPS: Array<[string, number]> = [
  ['+1 h', 3600_000],
  ['+1 day', 86_400_000],
  ['+7 days', 7 * 86_400_000],
];

function ahead(ms: number): string {
  if (ms === 0) return 'real time';
  const h = ms / 3600_000;
  return h < 48 ? `+${Math.round(h * 10) / 10} h` : `+${Math.round((h / 24) * 10) / 10} days`;
}

export function ClockBar() {
  const { data, reload } = useLoad<ClockState>('clock', 5000);
  const [busy, setBusy] = useState(false);
  const [hours, setHours] = useState('2');
  const [note, setNote] = useState('');
  const move = async (body: unknown) => {
    setBusy(true);
    try {
      const r = await call<ClockState>('POST', 'clock', body);
      setNote(r.fired ? `${r.fired} timer run(s) caught up` : '');
    } catch (e) {
      setNote((e as Error).message);
    } finally {
      setBusy(false);
      reload();
    }
  };
  return (
    <div className='clock' aria-label='Clock'>
      <span className='clock-now' data-testid='clock-now'>
        {data ? fmtTime(data.now) : '…'}
      </span>
      <span className={data?.offsetMs ? 'badge warn' : 'badge'} data-testid='clock-offset'>
        {data ? ahead(data.offsetMs) : ''}
      </span>
      {STEPS.map(([label, ms]) => (
        <button key={label} disabled={busy} onClick={() => void move({ advanceMs: ms })}>
          {label}
        </button>
      ))}
      <input aria-label='Hours to move forward' className='hours' value={hours} onChange={(e) => setHours(e.target.value)} />
      <button disabled={busy} onClick={() => void move({ advanceMs: Math.round(Number(hours) * 3600_000) })}>
        +h
      </button>
      <button disabled={busy || !data?.offsetMs} onClick={() => void move({ reset: true })}>
        Reset
      </button>
      {note && <span className='note'>{note}</span>}
    </div>
  );
}
