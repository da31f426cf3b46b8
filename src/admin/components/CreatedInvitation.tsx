// The invitation just made: its title, the code to scan (a mini-program code from `people.invite_code`),
// the link to copy and, in WeChat, 分享给对方 (the page's share card). The token is shown only now:
// the cloud keeps its hash alone, so a lost link means a new invitation.
import { Button, Image, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback } from 'react';
import { BigButton, Card, InfoRow, Loading, Notice } from '@/components';
import { useRemote } from '@/hooks/useRemote';
import { call, formatDateTime, inviteTitle } from '@/services';
import type { Created } from './InviteForm';

/** What to send: on H5 the page's own address with the invite page; in WeChat the mini-program path. */
export function inviteLink(path: string): string {
  if (process.env.TARO_ENV !== 'h5') return `/${path}`;
  return `${window.location.origin}${window.location.pathname}#/${path}`;
}

export function CreatedInvitation({ created, onDone }: { created: Created; onDone: () => void }) {
  const loadCode = useCallback(() => call('people', { action: 'invite_code' as const, token: created.token }), [created.token]);
  const { state: code } = useRemote(loadCode);
  const link = inviteLink(created.path);
  return (
    <Card title='邀请已生成' id='invite-created'>
      <Text className='invite-created-title'>{inviteTitle(created.role, created.scopeName)}</Text>
      <InfoRow label='有效期至' value={formatDateTime(created.expiresAt)} />
      <Notice kind='info'>请现在把二维码或链接发给对方。为了安全，链接只显示这一次；只能被接受一次。</Notice>
      {code.status === 'loading' && <Loading />}
      {code.status === 'error' && (
        <Notice kind='error' code={code.code}>
          {code.message}
        </Notice>
      )}
      {code.status === 'ready' && (
        <Image id='invite-qr' className='invite-qr' src={`data:image/png;base64,${code.data.png}`} mode='aspectFit' />
      )}
      <Text className='meta invite-link' id='invite-link' userSelect>
        {link}
      </Text>
      <BigButton kind='secondary' id='invite-copy' onClick={() => void Taro.setClipboardData({ data: link }).catch(() => undefined)}>
        复制链接
      </BigButton>
      {process.env.TARO_ENV === 'weapp' && (
        <Button className='big-button big-button--primary' id='invite-share' openType='share'>
          分享给对方
        </Button>
      )}
      <BigButton kind='plain' id='invite-finish' onClick={onDone}>
        完成
      </BigButton>
    </Card>
  );
}
