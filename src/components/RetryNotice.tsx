// A load that failed: the reason in Chinese and 重试 (`#retry-button`).
import { BigButton } from './BigButton';
import { Notice } from './Notice';

export function RetryNotice({ code, message, onRetry }: { code: string; message: string; onRetry: () => void }) {
  return (
    <>
      <Notice kind='error' code={code}>
        {message}
      </Notice>
      <BigButton kind='plain' id='retry-button' onClick={onRetry}>
        重试
      </BigButton>
    </>
  );
}
