/**
 * 证书核验 — the page a 志愿服务证明's QR opens (`pages/cert/index?no=<number>`): in big type, 证书真实有效
 * with the masked name, hours, period and issuer, or 未找到. Anyone signed in may check a number.
 *
 * Selectors (browser tests): `#cert-verify-page`; `#cert-valid[data-number]` (`#cert-name`, `#cert-hours`,
 * `#cert-period`, `#cert-issuer`); `#cert-not-found`; `.error-message[data-code]`
 */
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useCallback } from 'react';
import { Card, InfoRow, Loading, Notice, PageRoot } from '@/components';
import { useRemote } from '@/hooks/useRemote';
import { call } from '@/services';
import { numberParam, periodLabel } from '@/services/certText';
import './index.scss';

export default function CertVerifyPage() {
  const number = numberParam(useRouter().params.no);
  const load = useCallback(() => call('cert', { action: 'verify' as const, number }), [number]);
  const { state } = useRemote(load);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return (
      <PageRoot id='cert-verify-page'>
        {state.code === 'CERT.NOT_FOUND' || state.code === 'INPUT.INVALID' ? (
          <View id='cert-not-found' className='cert-verdict cert-verdict--bad'>
            <Text className='cert-verdict-title'>未找到</Text>
            <Text className='body-text'>{`没有编号为 ${number || '（空）'} 的志愿服务证明，请核对证书编号。`}</Text>
          </View>
        ) : (
          <Notice kind='error' code={state.code}>
            {state.message}
          </Notice>
        )}
      </PageRoot>
    );
  const c = state.data;
  return (
    <PageRoot id='cert-verify-page'>
      <View id='cert-valid' className='cert-verdict' data-number={c.number}>
        <Text className='cert-verdict-title'>证书真实有效</Text>
        <Text className='cert-verdict-hours' id='cert-hours'>{`${c.hours} 小时`}</Text>
      </View>
      <Card title='志愿服务证明'>
        <View id='cert-name'>
          <InfoRow label='志愿者' value={c.name} />
        </View>
        <View id='cert-period'>
          <InfoRow label='服务时间' value={periodLabel(c.period)} />
        </View>
        <View id='cert-issuer'>
          <InfoRow label='出具单位' value={c.issuer} />
        </View>
        <InfoRow label='证书编号' value={c.number} />
        <InfoRow label='出具日期' value={c.issuedOn} />
      </Card>
    </PageRoot>
  );
}
