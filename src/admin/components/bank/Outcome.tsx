// The last action's outcome at the top of a tab: its failure in Chinese, or what it did.
import { Notice } from '@/components';
import type { ActError } from '@/hooks/useAct';

export function Outcome({ error, done, doneId }: { error?: ActError; done?: string; doneId: string }) {
  if (error)
    return (
      <Notice kind='error' code={error.code}>
        {error.message}
      </Notice>
    );
  return done ? (
    <Notice kind='success' id={doneId}>
      {done}
    </Notice>
  ) : null;
}
