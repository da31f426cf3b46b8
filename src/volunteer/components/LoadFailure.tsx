// Shown instead of a volunteer page when the cloud says I cannot use it yet.
import { BigButton, Notice, RetryNotice } from '@/components';
import Taro from '@tarojs/taro';

const NEEDS_REGISTRATION = ['VOLUNTEER.NOT_REGISTERED', 'AUTH.FORBIDDEN'];

/** The failure in Chinese, and the way out: register, or retry. */
export function LoadFailure({ code, message, onRetry }: { code: string; message: string; onRetry: () => void }) {
  return (
    <>
      {NEEDS_REGISTRATION.includes(code) ? (
        <>
          <Notice kind='error' code={code}>
            {message}
          </Notice>
          <BigButton id='go-register' onClick={() => void Taro.navigateTo({ url: '/volunteer/pages/register/index' })}>
            注册成为志愿者
          </BigButton>
        </>
      ) : (
        <RetryNotice code={code} message={message} onRetry={onRetry} />
      )}
    </>
  );
}
