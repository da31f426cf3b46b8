/**
 * 柜台核销 — the shopkeeper scans the volunteer's QR (扫码) or types the six digits, sees what was
 * reserved (item, points, the volunteer's masked name, until when), and confirms (确认核销). Big
 * buttons, one clear result; then the next customer.
 *
 * Selectors (browser tests):
 * - `#counter-page`; `#counter-scan`; `#counter-code` (H5: its `input`), `#counter-lookup`
 * - `#counter-found` (`.counter-item`, `.counter-points`, `.counter-volunteer`, `.counter-expiry`), `#counter-confirm`
 * - `#counter-result` (`data-result`: redeemed), `#counter-next`; `.error-message[data-code]`
 */
import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { BigButton, Card, FieldError, FormInput, InfoRow, Notice, PageRoot } from '@/components';
import type { ActionOutput } from '@/domain/schemas';
import { useAct } from '@/hooks/useAct';
import { call, formatDateTime } from '@/services';
import '@/merchant/components/merchant.scss';

type Found = ActionOutput<'bank', 'lookup_code'>;
const STATUS_TEXT: Record<Found['status'], string> = { held: '待核销', redeemed: '已核销', expired: '已过期', cancelled: '已取消' };

export default function CounterPage() {
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState<string>();
  const [found, setFound] = useState<Found>();
  const [result, setResult] = useState<ActionOutput<'bank', 'redeem'>>();
  const { busy, error, act, reset } = useAct();

  const lookup = async (value: string) => {
    const c = value.trim();
    if (!/^\d{6}$/.test(c) && c.length !== 43) return setInvalid('请输入6位数字兑换码');
    setInvalid(undefined);
    setFound(undefined);
    setResult(undefined);
    const r = await act(() => call('bank', { action: 'lookup_code', code: c }), '已找到预约', { toast: false });
    if (r.ok) setFound(r.data);
  };
  const scan = async () => {
    try {
      const { result: scanned } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      await lookup(scanned);
    } catch {
      // Cancelled, or no camera (H5): typing the digits still works.
    }
  };
  const confirm = async () => {
    if (!found) return;
    const r = await act(() => call('bank', { action: 'redeem', reservationId: found.reservationId }), '核销成功', { toast: false });
    if (r.ok) setResult(r.data);
  };
  const next = () => {
    setCode('');
    setFound(undefined);
    setResult(undefined);
    reset();
  };

  return (
    <PageRoot id='counter-page' desk heading='柜台核销'>
      {error ? (
        <Notice kind='error' code={error.code}>
          {error.message}
        </Notice>
      ) : null}
      {result ? (
        <Card title='核销成功' id='counter-result'>
          <Text className='counter-result' data-result='redeemed'>{`✔ ${result.what}`}</Text>
          <Text className='counter-points'>{`${result.points} 积分已入账`}</Text>
          <BigButton id='counter-next' onClick={next}>
            下一位
          </BigButton>
        </Card>
      ) : (
        <Card title='扫码或输入兑换码'>
          <BigButton id='counter-scan' kind='secondary' onClick={() => void scan()}>
            扫志愿者的兑换二维码
          </BigButton>
          <Text className='field-label' id='counter-code-label'>
            或输入6位兑换码
          </Text>
          <FormInput
            id='counter-code'
            label='6位兑换码'
            labelId='counter-code-label'
            kind='number'
            value={code}
            maxlength={6}
            placeholder='例如 042917'
            className='counter-code'
            invalid={!!invalid}
            describedBy={invalid ? ['counter-code-error'] : undefined}
            onInput={setCode}
          />
          {invalid ? <FieldError field='code' id='counter-code-error' message={invalid} /> : null}
          <BigButton id='counter-lookup' busy={busy && !found} onClick={() => void lookup(code)}>
            查找预约
          </BigButton>
        </Card>
      )}
      {found && !result ? (
        <Card title={found.itemName} id='counter-found'>
          <Text className='counter-points'>{`${found.points} 积分`}</Text>
          <InfoRow label='商品' value={found.what} className='counter-item' />
          <InfoRow label='志愿者' value={found.volunteerName} className='counter-volunteer' />
          <InfoRow label='状态' value={STATUS_TEXT[found.status]} className='counter-status' />
          <InfoRow label='有效期至' value={formatDateTime(found.expiresAt)} className='counter-expiry' />
          {found.status === 'held' ? (
            <BigButton id='counter-confirm' busy={busy} onClick={() => void confirm()}>
              确认核销
            </BigButton>
          ) : (
            <BigButton id='counter-next' kind='plain' onClick={next}>
              下一位
            </BigButton>
          )}
        </Card>
      ) : null}
    </PageRoot>
  );
}
