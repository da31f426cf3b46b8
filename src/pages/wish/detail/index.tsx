/**
 * One of my wishes: what I asked, its status, every step on a timeline; cancel while nobody has
 * claimed it; rate it once served (≤2 stars sends it back to the centre for another team, 重办).
 * Opened with `?id=<wishId>` (`&new=1` right after submitting).
 *
 * For browser tests: `#wish-status` (`data-status`), `.wish-description`, `#submitted-notice`,
 *   `.timeline-step` (`.timeline-title`, `.timeline-time`, `.timeline-actor`, `.timeline-note`),
 *   `#cancel-wish` → `#cancel-confirm` / `#cancel-keep`, `#cancel-error`,
 *   `#rate-card`, `.star-1`…`.star-5`, `#redo-note`, `#rate-comment textarea`, `#rate-submit`, `#rate-error`,
 *   `#my-rating`, `#rate-thanks` (stays after rating), `#refresh`, `#detail-error`, `#served-by` (once someone
 *   holds it), `#call-hotline`, `#cancel-hotline` (under a refusal that says to contact the community),
 *   `#wall-published` (已发布到心愿墙), `#activity-joined` (加入社区活动: what, when, where).
 */
import { Text } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { BigButton, Loading, Notice, PageRoot, Tappable } from '@/components';
import { WishCompletion } from '@/components/wish/WishCompletion';
import { WishTimeline } from '@/components/wish/WishTimeline';
import { WISH_LIFECYCLE } from '@/domain/wish/machine';
import type { Status } from '@/domain/wish/states';
import { fail } from '@/domain/errors';
import { useHotline } from '@/hooks/useHotline';
import { useRefresh } from '@/hooks/useRefresh';
import { useRemote } from '@/hooks/useRemote';
import { call } from '@/services';
import { CancelAction } from './CancelAction';
import { RateCard } from './RateCard';
import { RateThanks } from './RateThanks';
import { RouteNote } from './RouteNote';
import { ServedBy } from './ServedBy';
import { useNow } from '@/hooks/useNow';
import { WishInfo } from './WishInfo';
import './index.scss';

/** The resident may cancel while nobody holds the wish (the machine's own rule). */
const cancellable = (status: Status) => WISH_LIFECYCLE.cancel.from.includes(status);

export default function WishDetail() {
  const { params } = useRouter();
  const wishId = params.id ? decodeURIComponent(params.id) : '';
  const load = useCallback(
    () => (wishId ? call('wish', { action: 'detail', wishId }) : Promise.resolve(fail('WISH.NOT_FOUND', 'no wish id in the page url'))),
    [wishId],
  );
  const { state, reload } = useRemote(load);
  const [confirming, setConfirming] = useState(false);
  const now = useNow();
  useRefresh(reload);
  const hotline = useHotline(state.status === 'ready' ? state.data.communityId : undefined);

  if (state.status === 'loading') {
    return (
      <PageRoot className='wish-detail' heading='心愿详情'>
        <Loading />
      </PageRoot>
    );
  }
  if (state.status === 'error') {
    return (
      <PageRoot className='wish-detail' heading='心愿详情'>
        <Notice kind='error' code={state.code} id='detail-error'>
          {state.message}
        </Notice>
        <BigButton kind='secondary' onClick={() => void reload()}>
          重试
        </BigButton>
        <BigButton kind='plain' onClick={() => void Taro.redirectTo({ url: '/pages/wish/mine/index' })}>
          看我的心愿
        </BigButton>
      </PageRoot>
    );
  }

  const wish = state.data;
  return (
    <PageRoot className='wish-detail' heading='心愿详情'>
      {params.new === '1' && wish.status === 'submitted' ? (
        <Notice kind='success' id='submitted-notice'>
          {wish.proxy
            ? `已替老人提交心愿！社区派单后，志愿者会联系老人${wish.noPhone ? '（老人没有电话，会打您的电话）' : ''}。`
            : '心愿已提交！社区派单后，志愿者会联系您。'}
        </Notice>
      ) : null}
      <WishInfo wish={wish} now={now} />
      <RouteNote wish={wish} now={now} />
      {wish.servedBy ? <ServedBy servedBy={wish.servedBy} plannedVisit={wish.plannedVisit} /> : null}
      <WishCompletion wish={wish} mine id='completion' ratingId='my-rating' />
      <RateThanks wish={wish} />
      {wish.status === 'completed' ? (
        <RateCard wishId={wish.id} proxy={wish.proxy} covered={confirming} onRated={() => void reload()} />
      ) : null}
      <WishTimeline
        wish={wish}
        filedByMe
        title='办理进度'
        id='progress'
        action={
          <Tappable className='refresh-button' id='refresh' label='刷新办理进度' onClick={() => void reload()}>
            <Text>刷新</Text>
          </Tappable>
        }
      />
      {cancellable(wish.status) ? (
        <CancelAction wishId={wish.id} open={confirming} setOpen={setConfirming} onCancelled={() => void reload()} hotline={hotline} />
      ) : null}
      <BigButton kind='plain' id='to-mine' onClick={() => void Taro.redirectTo({ url: '/pages/wish/mine/index' })}>
        看我的全部心愿
      </BigButton>
    </PageRoot>
  );
}
