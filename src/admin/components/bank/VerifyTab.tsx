// 核对: recompute every balance from the journal (bank.verify) and show what differs, if anything.
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card } from '@/components';
import type { ActionOutput } from '@/domain/schemas';
import { useAct } from '@/hooks/useAct';
import { call } from '@/services';
import { Outcome } from './Outcome';

type Report = ActionOutput<'bank', 'verify'>;

/** `#verify-run`; `#verify-report` (`data-ok`), `.verify-problem` for each problem listed. */
export function VerifyTab() {
  const { busy, error, act } = useAct();
  const [report, setReport] = useState<Report>();
  const run = async () => {
    const r = await act(() => call('bank', { action: 'verify' }), '核对完成', { toast: false });
    if (r.ok) setReport(r.data);
  };
  const problems = report
    ? [
        ...report.unbalanced.map((id) => `不平衡的记录：${id}`),
        ...report.differences.map(
          (d) =>
            `余额不符：${d.account}，存储 ${d.stored ?? '无账户'}，按记录应为 ${d.derived}` +
            (d.storedMinutes !== d.derivedMinutes ? `；时长 ${d.storedMinutes ?? 0} ≠ ${d.derivedMinutes} 分钟` : ''),
        ),
        ...report.belowFloor.map((id) => `低于下限：${id}`),
      ]
    : [];
  const ok = report && report.total === 0 && problems.length === 0;
  return (
    <>
      <Outcome error={error} doneId='verify-done' />
      <Text className='body-text'>按全部记账记录重新计算每个账户的余额和服务时长，与存储的余额逐一比对。</Text>
      <BigButton id='verify-run' busy={busy} onClick={() => void run()}>
        运行核对
      </BigButton>
      {report ? (
        <Card title={ok ? '核对无误' : '核对发现问题'} id='verify-report' alert={!ok}>
          <Text className='body-text' data-ok={ok ? 'true' : 'false'}>
            {`共 ${report.entries} 笔记录、${report.accounts} 个账户，全部分录合计 ${report.total}（应为 0）。`}
          </Text>
          {problems.map((p) => (
            <Text className='verify-problem' key={p}>
              {p}
            </Text>
          ))}
          {report.truncated ? <Text className='meta'>问题较多，只列出前 50 条。</Text> : null}
        </Card>
      ) : null}
    </>
  );
}
