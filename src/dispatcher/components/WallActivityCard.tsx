// Instead of one team: 发布到心愿墙 (any registered volunteer of the wish's community may claim it; only
// with the resident's consent, explained when it is missing) or 加入活动 (fold it into an open activity of
// the community, the service day: its attendees serve it). Shown while the wish waits at the centre.
//
// `#wall-activity`: `#publish-wall` (disabled without consent), `#wall-no-consent`, `#wall-on`
// (already on the wall); `#activity-choices`, `.activity-choice` / `#activity-<id>` (chosen: `.option--on`), `#attach-activity`,
// `#activity-none`; `#route-error` (`.error-message[data-code]`). Success is the page's to say (`onDone`'s
// message): once the wish has left the centre this card is gone, and a notice inside it would go too.
import { Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { BigButton, Card, Loading, Notice } from '@/components';
import { Choice, ChoiceGroup } from '@/components/Choice';
import { WISH_LIFECYCLE } from '@/domain/wish/machine';
import type { WishView } from '@/domain/wish/view';
import { useAct } from '@/hooks/useAct';
import { useRemote } from '@/hooks/useRemote';
import { call } from '@/services';
import { formatDateTime } from '@/services/clock';

interface Props {
  wish: Pick<WishView, 'id' | 'status' | 'communityId' | 'wallConsent' | 'wall' | 'activityId'>;
  now: number;
  /** After it was published or attached, with what to tell the dispatcher (the page reloads the wish). */
  onDone: (message: string) => void;
}

export function WallActivityCard({ wish, now, onDone }: Props) {
  const atCentre = WISH_LIFECYCLE.publish_to_wall.from.includes(wish.status);
  const loadActivities = useCallback(
    () => call('activity', { action: 'list' as const, scope: 'organising' as const, communityId: wish.communityId, page: 0 }),
    [wish.communityId],
  );
  const { state: activities } = useRemote(atCentre ? loadActivities : undefined);
  const { busy, error, act } = useAct();
  const [chosen, setChosen] = useState<string>();
  if (!atCentre)
    return wish.wall ? (
      <Notice kind='info' id='wall-on'>
        已发布到社区微心愿墙，等待本社区志愿者认领。
      </Notice>
    ) : null;

  const open =
    activities.status === 'ready'
      ? activities.data.items.filter((a) => a.status === 'published' && a.communityId === wish.communityId && Date.parse(a.endAt) > now)
      : [];
  const publish = async () => {
    const message = '已发布到社区微心愿墙';
    const r = await act(() => call('dispatch', { action: 'publish_to_wall' as const, wishId: wish.id }), message, { toast: false });
    if (r.ok) onDone(message);
  };
  const attach = async (activityId: string) => {
    const title = open.find((a) => a.id === activityId)?.title ?? '活动';
    const message = `已加入「${title}」`;
    const r = await act(() => call('dispatch', { action: 'attach_to_activity' as const, wishId: wish.id, activityId }), message, {
      toast: false,
    });
    if (r.ok) onDone(message);
  };

  return (
    <Card title='心愿墙与活动' id='wall-activity'>
      {error ? (
        <Notice kind='error' code={error.code} id='route-error'>
          {error.message}
        </Notice>
      ) : null}
      <Text className='body-text'>
        小而安全的心愿可以发布到本社区微心愿墙，本社区注册的志愿者（含在职党员）先到先得认领；墙上不显示姓名、电话和门牌。
      </Text>
      {wish.wallConsent ? null : (
        <Notice kind='info' id='wall-no-consent'>
          居民提交时没有同意发布到心愿墙（健康、法律、心理等个人心愿默认不公开），这条只能派给服务队或加入活动。
        </Notice>
      )}
      <BigButton kind='secondary' id='publish-wall' busy={busy} disabled={!wish.wallConsent} onClick={() => void publish()}>
        发布到心愿墙
      </BigButton>
      <View className='gap' />
      <Text className='body-text'>加入本社区的活动（如每周服务日），由报名参加的志愿者在活动中办理，办理时限为活动结束时。</Text>
      {activities.status === 'loading' && <Loading text='正在读取本社区的活动…' />}
      {activities.status !== 'loading' && open.length === 0 && (
        <Notice kind='info' id='activity-none'>
          本社区暂时没有可以加入的活动。
        </Notice>
      )}
      {open.length > 0 && (
        <>
          <ChoiceGroup label='选择活动' className='choices' id='activity-choices'>
            {open.map((a) => (
              <Choice
                key={a.id}
                className={`option choice choice--wide activity-choice${chosen === a.id ? ' option--on choice--on' : ''}`}
                id={`activity-${a.id}`}
                checked={chosen === a.id}
                onChoose={() => setChosen(a.id)}
              >
                {`${a.title} · ${formatDateTime(a.startAt, new Date(now))}`}
              </Choice>
            ))}
          </ChoiceGroup>
          <BigButton kind='secondary' id='attach-activity' busy={busy} disabled={!chosen} onClick={() => chosen && void attach(chosen)}>
            加入活动
          </BigButton>
        </>
      )}
    </Card>
  );
}
