// A paged list of activities (the organiser's and the volunteer's): loading, the words when it is empty,
// the items, a failure to load more, and 「加载更多」. The first load's failure is the page's own notice.
import type { ReactNode } from 'react';
import type { Paged } from '@/hooks/usePaged';
import type { ActivityCard } from '@/services/activities';
import { BigButton } from '../BigButton';
import { Loading } from '../Loading';
import { Notice } from '../Notice';
import { ActivityItem } from './ActivityItem';

export function ActivityList(props: {
  list: Paged<ActivityCard>;
  /** What the first load's failure shows (with a retry). */
  failure: ReactNode;
  empty: string;
  onOpen: (id: string) => void;
  onMore: () => void;
}) {
  const { list } = props;
  const now = new Date();
  return (
    <>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' && list.error ? props.failure : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <Notice kind='info' id='activities-empty'>
          {props.empty}
        </Notice>
      ) : null}
      {list.items.map((a) => (
        <ActivityItem key={a.id} item={a} now={now} onOpen={props.onOpen} />
      ))}
      {list.status === 'ready' && list.error ? (
        <Notice kind='error' code={list.error.code}>
          {list.error.message}
        </Notice>
      ) : null}
      {list.hasMore ? (
        <BigButton kind='plain' id='activities-more' busy={list.loadingMore} onClick={props.onMore}>
          加载更多
        </BigButton>
      ) : null}
    </>
  );
}
