/**
 * 志愿服务证明 — the volunteer asks for a certificate of a period (this year, last year, or months) with
 * their identity number (why it is asked, and that only a masked form is kept, is said beside the field),
 * then opens the PDF; their earlier certificates are listed to open again.
 *
 * Selectors (browser tests):
 * - `#certificate-page`; `.cert-period-<year|last|months>`; `#cert-from`, `#cert-to`; `#cert-id` (hint `#cert-id-block-hint`: why it is asked)
 * - `#cert-issue`; `#cert-result[data-number]`; `#cert-open`; `#cert-mine` / `.cert-item[data-number]`
 * - `.error-message[data-code]`
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { BigButton, Card, Choices, FormInput, InfoRow, Notice, PageRoot, Tappable } from '@/components';
import { blockInput, FieldBlock } from '@/components/FieldBlock';
import { useRemote } from '@/hooks/useRemote';
import { call, messageFor, openPdf, shanghaiDate } from '@/services';
import { periodLabel, type CertLine } from '@/services/certText';

const ID_WHY =
  '按《志愿服务记录与证明出具办法》，证明上须写明证件号码。注册时没有收集身份证号；这里只用于出具证明，只保存打码后的号码（如 5101**********123X），完整号码不保存、不显示给任何人。';

type Which = 'year' | 'last' | 'months';
const OPTIONS: Record<Which, string> = { year: '今年', last: '去年', months: '按月份' };

/** A certificate in 我的证明: its visible lines are also its name (a screen reader reads the same). */
const itemLine = (c: CertLine) => `${periodLabel(c.period)} · ${c.hours} 小时`;
const itemMeta = (c: CertLine & { issuedOn: string }) => `${c.number} · ${c.issuedOn} 出具`;

export default function CertificatePage() {
  const thisYear = Number(shanghaiDate(new Date()).slice(0, 4));
  const [which, setWhich] = useState<Which>('last');
  const [from, setFrom] = useState(`${thisYear}-01`);
  const [to, setTo] = useState(shanghaiDate(new Date()).slice(0, 7));
  const [idNumber, setIdNumber] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ code: string; text: string }>();
  const [issued, setIssued] = useState<CertLine & { url: string }>();
  const loadMine = useCallback(() => call('cert', { action: 'mine' as const }), []);
  const { state: mine, reload } = useRemote(loadMine);

  const issue = async () => {
    setBusy(true);
    setFailure(undefined);
    const period = which === 'months' ? { from, to } : { year: which === 'year' ? thisYear : thisYear - 1 };
    const r = await call('cert', { action: 'issue', period, idNumber });
    setBusy(false);
    if (!r.ok) return setFailure({ code: r.error.code, text: r.error.issues?.[0]?.message ?? messageFor(r.error) });
    setIssued(r.data);
    setIdNumber('');
    void reload();
  };
  /** The PDF; says so when it cannot be had (on H5 its temporary link expires two hours after the list loaded). */
  const open = async (c: { fileID?: string; url?: string; number: string }) => {
    if (c.fileID && (await openPdf({ fileID: c.fileID, url: c.url ?? '' }, `志愿服务证明-${c.number}.pdf`))) return;
    void Taro.showToast({ title: '文件打不开，请稍后再试', icon: 'none' });
  };

  return (
    <PageRoot id='certificate-page'>
      <Card title='出具志愿服务证明'>
        <Choices options={OPTIONS} value={which} prefix='cert-period' label='证明哪段时间的服务？' onChange={setWhich} />
        {which === 'months' && (
          <View className='row'>
            <FieldBlock block='cert-from-block' field='period.from' label='开始月份'>
              <FormInput
                id='cert-from'
                {...blockInput('cert-from-block', '开始月份')}
                value={from}
                maxlength={7}
                placeholder='2025-01'
                onInput={setFrom}
              />
            </FieldBlock>
            <FieldBlock block='cert-to-block' field='period.to' label='结束月份'>
              <FormInput
                id='cert-to'
                {...blockInput('cert-to-block', '结束月份')}
                value={to}
                maxlength={7}
                placeholder='2025-12'
                onInput={setTo}
              />
            </FieldBlock>
          </View>
        )}
        <FieldBlock block='cert-id-block' field='idNumber' label='身份证号' hint={ID_WHY}>
          <FormInput
            id='cert-id'
            {...blockInput('cert-id-block', '身份证号')}
            value={idNumber}
            maxlength={20}
            placeholder='18 位身份证号'
            onInput={setIdNumber}
          />
        </FieldBlock>
        {failure && (
          <Notice kind='error' code={failure.code}>
            {failure.text}
          </Notice>
        )}
        <BigButton id='cert-issue' busy={busy} disabled={idNumber.trim().length === 0} onClick={() => void issue()}>
          出具证明
        </BigButton>
      </Card>
      {issued && (
        <Card title='证明已出具' id='cert-result'>
          <View data-number={issued.number}>
            <InfoRow label='证书编号' value={issued.number} />
            <InfoRow label='服务时间' value={periodLabel(issued.period)} />
            <InfoRow label='服务时长' value={`${issued.hours} 小时`} />
            <InfoRow label='出具单位' value={issued.issuer} />
          </View>
          <BigButton id='cert-open' onClick={() => void open(issued)}>
            打开证明（PDF）
          </BigButton>
        </Card>
      )}
      <Card title='我的证明' id='cert-mine'>
        {mine.status === 'ready' && mine.data.certificates.length === 0 && <Text className='meta'>还没有出具过证明。</Text>}
        {mine.status === 'ready' &&
          mine.data.certificates.map((c) => (
            <View className='cert-item' key={c.number} data-number={c.number}>
              <Tappable label={`${itemLine(c)} ${itemMeta(c)}`} onClick={() => void open(c)}>
                <Text className='body-text'>{itemLine(c)}</Text>
                <Text className='meta'>{itemMeta(c)}</Text>
              </Tappable>
            </View>
          ))}
      </Card>
    </PageRoot>
  );
}
