// The posters page's state: the communities the caller may print for, the chosen one, each stairwell's
// poster (making / made), and the community's batch with its progress.
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import type { BatchProgress } from '@/domain/schemas/poster';
import { useAct } from '@/hooks/useAct';
import { useRemote } from '@/hooks/useRemote';
import { call, openPdf, prefetchPdf, runBatch, type PdfFile } from '@/services';

export function usePosters() {
  const load = useCallback(() => call('poster', { action: 'communities' as const }), []);
  const { state, reload } = useRemote(load);
  const [chosen, setChosen] = useState<string>();
  const [files, setFiles] = useState<Record<string, PdfFile>>({});
  const [making, setMaking] = useState<string>();
  const [progress, setProgress] = useState<Record<string, BatchProgress>>({});
  const { busy, error, act } = useAct();

  const communities = state.status === 'ready' ? state.data.communities : [];
  const community = communities.find((c) => c.communityId === chosen) ?? communities[0];

  // 下载 is offered once the PDF is fetched (prefetchPdf), so the click saves it at once.
  const makeOne = async (code: string) => {
    setMaking(code);
    const r = await act(async () => {
      const made = await call('poster', { action: 'poster' as const, code });
      if (made.ok) await prefetchPdf(made.data);
      return made;
    }, '海报已生成');
    setMaking(undefined);
    if (r.ok) setFiles((f) => ({ ...f, [code]: r.data }));
  };

  const makeAll = async (communityId: string) => {
    const show = (p: BatchProgress) => setProgress((all) => ({ ...all, [communityId]: p }));
    // The last chunk's progress carries the file: shown with it once it is fetched.
    const told = (p: BatchProgress) => {
      if (!p.file) show(p);
    };
    const r = await act(async () => {
      const done = await runBatch(call, communityId, told);
      if (done.ok && done.data.file) await prefetchPdf(done.data.file);
      return done;
    }, '全社区海报已生成');
    if (r.ok) show(r.data);
  };

  /** 下载 PDF / 打开; says so when it could not (the temporary link expired: make it again). */
  const open = async (file: PdfFile | undefined, name: string) => {
    if (file && (await openPdf(file, name))) return;
    void Taro.showToast({ title: '文件打不开，请重新生成', icon: 'none' });
  };

  return { state, reload, open, communities, community, choose: setChosen, files, making, busy, error, makeOne, makeAll, progress };
}
