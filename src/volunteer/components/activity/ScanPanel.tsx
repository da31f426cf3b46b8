// 扫码签到 / 扫码签退 on site: in the mini-program the camera (Taro.scanCode) reads the organiser's QR; on H5
// (no camera API) the volunteer types the six digits under it. After check-out: the minutes to be credited.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { BigButton, Card, FieldError, FormInput, Notice } from '@/components';
import type { ActionOutput } from '@/domain/schemas';
import type { Result } from '@/domain/errors';
import { scanCode } from '@/services/activities';
import { clockOf, minutesText } from '@/services/activityText';

type Scan = ActionOutput<'activity', 'scan'>;
const WEAPP = process.env.TARO_ENV === 'weapp';

interface Props {
  activityId: string;
  /** signed_up: the next scan checks in; checked_in: it checks out. */
  checkedIn: boolean;
  busy: boolean;
  run: (scan: () => Promise<Result<Scan>>, done: string) => Promise<Result<Scan>>;
  onScanned: (scan: Scan) => void;
}

/** What the last scan did (`#scan-result`, `data-status`, `data-minutes`): shown by the page, which outlives the panel. */
export function ScanResult({ scan }: { scan: Scan }) {
  return (
    <View id='scan-result' data-status={scan.status} data-minutes={scan.minutes ?? ''}>
      <Notice kind='success'>
        {scan.status === 'checked_out'
          ? `${clockOf(scan.at)} 已签退${scan.minutes !== undefined ? `，本次服务 ${minutesText(scan.minutes)}（只计活动时间内，结项后记入存折）` : ''}`
          : `${clockOf(scan.at)} 已签到，离开时请再输入一次签到码签退`}
      </Notice>
    </View>
  );
}

/** `#scan-card`, `#scan-camera` (weapp), `#scan-digits` + `#scan-submit` (H5). */
export function ScanPanel({ activityId, checkedIn, busy, run, onScanned }: Props) {
  const [digits, setDigits] = useState('');
  const [issue, setIssue] = useState<string>();
  const word = checkedIn ? '签退' : '签到';
  const send = async (code: string) => {
    const r = await run(() => scanCode(code, activityId), checkedIn ? '已签退，辛苦了' : '签到成功');
    if (r.ok) {
      setDigits('');
      onScanned(r.data);
    }
  };
  const camera = async () => {
    const scanned = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] }).catch(() => undefined);
    if (scanned?.result) await send(scanned.result);
  };
  const typed = () => {
    const code = digits.trim();
    if (!/^\d{6}$/.test(code)) return setIssue('请输入现场签到码下面的六位数字');
    setIssue(undefined);
    void send(code);
  };
  return (
    <Card title={`现场${word}`} id='scan-card'>
      {WEAPP ? (
        <BigButton id='scan-camera' busy={busy} onClick={() => void camera()}>
          {`扫码${word}`}
        </BigButton>
      ) : (
        <>
          <Text className='meta' id='scan-digits-hint'>{`请输入组织者出示的签到码下面的六位数字${word}`}</Text>
          <FormInput
            id='scan-digits'
            label='六位签到数字'
            describedBy={['scan-digits-hint', 'scan-digits-error']}
            invalid={!!issue}
            kind='number'
            value={digits}
            maxlength={6}
            placeholder='六位数字'
            onInput={setDigits}
          />
          <FieldError field='code' message={issue} id='scan-digits-error' />
          <BigButton id='scan-submit' busy={busy} onClick={typed}>
            {word}
          </BigButton>
        </>
      )}
    </Card>
  );
}
