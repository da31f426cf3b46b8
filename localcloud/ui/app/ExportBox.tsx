// Export the whole store (every collection as JSON lines, and the storage files) to a folder, to load
// again with `npm start -- --import <dir>` or `localcloud --import <dir>`.
import { useState } from 'react';
import { call } from './api';

interface Summary {
  dir: string;
  collections: number;
  documents: number;
  files: number;
}

const stamp = () => new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '');

export function ExportBox() {
  const [dir, setDir] = useState(() => `localcloud-export-${stamp()}`);
  const [force, setForce] = useState(false);
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ ok: boolean; text: string }>();
  const run = async () => {
    setBusy(true);
    try {
      const s = await call<Summary>('POST', 'export', { dir, force });
      setMsg({ ok: true, text: `Exported ${s.collections} collections, ${s.documents} documents, ${s.files} files to ${s.dir}` });
    } catch (e) {
      setMsg({ ok: false, text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className='export-box'
      aria-label='Export data'
      onSubmit={(e) => {
        e.preventDefault();
        void run();
      }}
    >
      <label>
        Export to folder
        <input value={dir} onChange={(e) => setDir(e.target.value)} />
      </label>
      <label className='dim'>
        <input type='checkbox' checked={force} onChange={(e) => setForce(e.target.checked)} /> replace a folder that is not an export
      </label>
      <button type='submit' disabled={busy || dir.trim() === ''}>
        {busy ? 'Exporting…' : 'Export data'}
      </button>
      {msg && (
        <p role={msg.ok ? 'status' : 'alert'} className={msg.ok ? 'ok' : 'error'} data-testid='export-result'>
          {msg.text}
        </p>
      )}
    </form>
  );
}
