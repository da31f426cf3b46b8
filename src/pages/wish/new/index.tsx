/**
 * 群众点单: the wish form, opened from the landing page with `?buildingId=B-0012`.
 *
 * For browser tests:
 *   `.category-<key>` (e.g. `.category-repairs`), `#wish-description textarea`, `#description-counter`,
 *   `#wish-date`, `.window-<morning|afternoon|evening|any>`, `.urgency-<normal|urgent>`,
 *   `#wish-name input`, `#wish-phone input`, `#wish-room input`, `#wish-proxy` (helpers/dispatchers only),
 *   `#photo-add` (weapp only), `#wish-submit`, `.field-error[data-field="contact.phone"]`, `#form-error`,
 *   `#privacy-dialog`, `#privacy-agree`, `#privacy-decline`,
 *   `#duplicate-notice`, `#duplicate-open`, `#duplicate-confirm`, `#duplicate-back`, `#place-error`.
 * Success redirects to /pages/wish/detail/index?id=<wishId>.
 */
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { BigButton, Loading, Notice, PageRoot } from '@/components';
import { messageFor } from '@/services';
import { ContactFields } from './ContactFields';
import { DuplicateNotice } from './DuplicateNotice';
import { PhotoField } from './PhotoField';
import { PrivacyDialog } from './PrivacyDialog';
import { usePlace, useMayProxy, type PlaceState } from './usePlace';
import { useWishForm } from './useWishForm';
import { WishFields } from './WishFields';
import './index.scss';

function PlaceBanner({ state }: { state: PlaceState }) {
  if (state.status === 'loading') return <Loading text='正在确认楼栋…' />;
  if (state.status === 'error') return null;
  const p = state.data;
  return (
    <View className='place-banner' id='place-banner'>
      <Text className='place-label'>志愿者将上门到</Text>
      <Text className='place-text'>{`${p.communityName} · ${p.estateName} · ${p.name}`}</Text>
    </View>
  );
}

export default function NewWish() {
  const { params } = useRouter();
  const buildingId = params.buildingId ? decodeURIComponent(params.buildingId) : '';
  const place = usePlace(buildingId);
  const mayProxy = useMayProxy();
  const form = useWishForm(buildingId);
  const { phase } = form;

  if (place.status === 'error' && ['SCENE.INVALID', 'BUILDING.NOT_FOUND'].includes(place.code)) {
    return (
      <PageRoot className='wish-new' heading='提心愿'>
        <Notice kind='error' code={place.code} id='place-error'>
          {buildingId ? messageFor(place.code) : '请先用微信扫一扫，扫描楼道里张贴的「码上办」二维码，再来提心愿。'}
        </Notice>
        <BigButton kind='secondary' onClick={() => void Taro.reLaunch({ url: '/pages/index/index' })}>
          回到首页
        </BigButton>
      </PageRoot>
    );
  }

  return (
    <PageRoot className='wish-new' heading='提心愿'>
      <PlaceBanner state={place} />
      <WishFields
        values={form.values}
        errors={form.errors}
        set={form.set}
        clearError={form.clearError}
        covered={phase.kind === 'consent'}
      />
      <ContactFields
        values={form.values}
        errors={form.errors}
        set={form.set}
        setProxy={form.setProxy}
        clearError={form.clearError}
        mayProxy={mayProxy}
      />
      <PhotoField photos={form.values.photos} error={form.errors.photos} onChange={(p) => form.set('photos', p)} />
      {form.failure ? (
        // A new alert for each failed submit, so a screen reader says it again.
        <Notice key={form.failure.seq} kind='error' code={form.failure.code} id='form-error'>
          {form.failure.message}
        </Notice>
      ) : null}
      {phase.kind === 'duplicate' ? (
        <DuplicateNotice existingWishId={phase.existingWishId} onConfirm={() => form.submit(true)} onBack={form.backToEditing} />
      ) : (
        <BigButton id='wish-submit' className='submit-button' busy={phase.kind === 'sending'} onClick={() => form.submit()}>
          提交心愿
        </BigButton>
      )}
      <Text className='free-note'>提交后，社区会安排志愿者联系您。服务免费。</Text>
      {phase.kind === 'consent' ? <PrivacyDialog onAgree={form.agree} onDecline={form.backToEditing} /> : null}
    </PageRoot>
  );
}
