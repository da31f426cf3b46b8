// The import job the page shows: started by 导入 (sheets.apply), continued chunk by chunk (sheets.job)
// until it ends, and picked up again when the page is reopened (the caller's running job from sheets.jobs).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportJobView } from '@/domain/schemas';
import { call, messageFor } from '@/services';

export interface ImportJobState {
  job?: ImportJobView;
  recent: ImportJobView[];
  error?: { code: string; message: string };
  /** Follow a job (from apply) until it ends. */
  follow: (job: ImportJobView) => void;
  /** Stop showing a finished job (the admin moves on to the next sheet); a running one stays. */
  dismiss: () => void;
  reloadRecent: () => Promise<void>;
}

export function useImportJob(): ImportJobState {
  const [job, setJob] = useState<ImportJobView>();
  const [recent, setRecent] = useState<ImportJobView[]>([]);
  const [error, setError] = useState<{ code: string; message: string }>();
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const follow = useCallback((start: ImportJobView) => {
    setError(undefined);
    setJob(start);
    void (async () => {
      let current = start;
      while (alive.current && current.status === 'running') {
        const next = await call('sheets', { action: 'job', jobId: current.jobId });
        if (!alive.current) return;
        if (!next.ok) return setError({ code: next.error.code, message: messageFor(next.error) });
        current = next.data;
        setJob(current);
      }
    })();
  }, []);

  const dismiss = useCallback(() => {
    setJob((j) => (j?.status === 'running' ? j : undefined));
    setError(undefined);
  }, []);

  const reloadRecent = useCallback(async () => {
    const r = await call('sheets', { action: 'jobs' });
    if (!alive.current || !r.ok) return;
    setRecent(r.data.items);
  }, []);

  // A reopened page resumes the caller's running import.
  useEffect(() => {
    void (async () => {
      const r = await call('sheets', { action: 'jobs' });
      if (!alive.current || !r.ok) return;
      setRecent(r.data.items);
      const running = r.data.items.find((j) => j.status === 'running');
      if (running) follow(running);
    })();
  }, [follow]);

  useEffect(() => {
    if (job && job.status !== 'running') void reloadRecent();
  }, [job, reloadRecent]);

  return { job, recent, error, follow, dismiss, reloadRecent };
}
