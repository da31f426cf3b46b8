// At a desk (≥ 1024 px, hooks/useWide) the list on the left and `first` (a form, the open item) on the
// right, in the shared DeskLayout; on a phone `first` above the list.
import { DeskLayout } from '@/components/DeskLayout';
import { useWide } from '@/hooks/useWide';
import type { ReactNode } from 'react';

export function DeskLayoutOr({ first, list }: { first: ReactNode; list: ReactNode }) {
  const wide = useWide();
  if (wide) return <DeskLayout list={list} detail={first} />;
  return (
    <>
      {first}
      {list}
    </>
  );
}
