/**
 * 群众点单: the wish form, opened from the landing page with `?buildingId=B-0012` (and `&proxy=1` from
 * 帮居民提心愿: 帮办 starts on for a helper or dispatcher).
 *
 * For browser tests:
 *   `.category-<key>` (e.g. `.category-repairs`), `#wish-description textarea`, `#description-counter`,
 *   `#wish-date`, `.window-<morning|afternoon|evening|any>`, `.urgency-<normal|urgent>`,
 *   `.date-<YYYY-MM-DD>` (the next 7 days), `#wish-proxy` (helpers/dispatchers only, at the top; `data-on`),
 *   `#wish-name input`, `#wish-phone input`, `#wish-room input`, and when filing for an elder `#wish-no-phone`,
 *   `#wish-helper-name input`, `#wish-helper-phone input`, `#wish-proxy-consent`; `#wish-wall-consent` (微心愿墙,
 *   `aria-checked`: follows the category until touched); `#place-hotline`,
 *   `#photo-add` (weapp only), `#wish-submit`, `.field-error[data-field="contact.phone"]`, `#form-error`,
 *   `#wish-price` / `#wish-price-text` (a priced category: what this household pays), `#privacy-dialog`, `#privacy-agree`, `#privacy-decline`,
 *   `#duplicate-notice`, `#duplicate-open`, `#duplicate-confirm`, `#duplicate-back`, `#place-error`.
 * Success redirects to /pages/wish/detail/index?id=<wishId>.
 */
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import { BigButton, Loading, Notice, PageRoot } from '@/components';
import { HotlineLine } from '@/components';
import { PriceNotice } from '@/components/wish/PriceNotice';
import { useHotline } from '@/hooks/useHotline';
import { hotlineLabel, messageFor, saysCallCommunity } from '@/services';
import { ContactFields } from './ContactFields';
import { DuplicateNotice } from './DuplicateNotice';
import { PhotoField } from './PhotoField';
import { PrivacyDialog } from './PrivacyDialog';
import { ProxySwitch } from './ProxySwitch';
import { usePlace, useMayProxy, useProfileName, type PlaceState } from './usePlace';
import { useQuote } from './useQuote';
import { useWishForm } from './useWishForm';
import { WallConsentField } from './WallConsentField';
import { WishFields } from './WishFields';
import './index.scss';

function PlaceBanner({ state }: { state: PlaceState }) {
  if (state.status === 'loading') return <Loading text='正在确认楼栋…' />;
  if (state.status === 'error') return null;
  const p = state.data;
  return (
    <View className='place-banner' id='place-banner'>
      <Text className='place-label'>志愿者将上门到</Text>
      {/* Each name stays whole in 大字模式: the line wraps between the parts, never inside one. */}
      <View className='place-text'>
        <Text className='place-part'>{p.communityName}</Text>
        <Text className='place-sep'> · </Text>
        <Text className='place-part'>{p.estateName}</Text>
        <Text className='place-sep'> · </Text>
        <Text className='place-part'>{p.name}</Text>
      </View>
    </View>
  );
}

export default function NewWish() {
  const { params } = useRouter();
  const buildingId = params.buildingId ? decodeURIComponent(params.buildingId) : '';
  const place = usePlace(buildingId);
  const mayProxy = useMayProxy();
  const profileName = useProfileName(mayProxy);
  const building = place.status === 'ready' ? place.data : undefined;
  const form = useWishForm(buildingId, building?.fixes, profileName);
  // Opened by 帮居民提心愿 (`proxy=1`): 帮办 starts on, once the person may file for others.
  const proxyAsked = params.proxy === '1';
  const { setProxy } = form;
  const proxyStarted = useRef(false);
  useEffect(() => {
    if (!proxyAsked || !mayProxy || proxyStarted.current) return;
    proxyStarted.current = true;
    setProxy(true);
  }, [proxyAsked, mayProxy, setProxy]);
  // The community's number once the building is known, else the street's.
  const listed = useHotline(building?.communityId);
  const hotline = building?.hotline ?? listed;
  const { phase } = form;
  const quote = useQuote(buildingId, form.values.category, form.values.room, building?.fixes, form.priceRound);
  form.showsPrice(quote.kind === 'quote' ? quote.payFen : undefined);

  // A code nobody knows, or a retired one: nothing can be filed here; say whom to call instead.
  const refusal = building?.retired ? 'BUILDING.RETIRED' : place.status === 'error' ? place.code : undefined;
  if (refusal && ['SCENE.INVALID', 'BUILDING.NOT_FOUND', 'BUILDING.RETIRED'].includes(refusal)) {
    return (
      <PageRoot className='wish-new' heading='提心愿'>
        <Notice kind='error' code={refusal} id='place-error'>
          {buildingId ? messageFor(refusal) : '请先用微信扫一扫，扫描楼道里张贴的「码上办」二维码，或回到首页选择您的楼栋，再来提心愿。'}
        </Notice>
        {hotline ? <HotlineLine number={hotline} lead={hotlineLabel(!!building?.hotline)} id='place-hotline' /> : null}
        <BigButton kind='secondary' onClick={() => void Taro.reLaunch({ url: '/pages/index/index' })}>
          回到首页
        </BigButton>
      </PageRoot>
    );
  }

  return (
    <PageRoot className='wish-new' heading='提心愿'>
      <PlaceBanner state={place} />
      {mayProxy ? <ProxySwitch on={form.values.proxy} onChange={form.setProxy} /> : null}
      <WishFields
        values={form.values}
        errors={form.errors}
        set={form.set}
        clearError={form.clearError}
        covered={phase.kind === 'consent'}
      />
      <ContactFields values={form.values} errors={form.errors} set={form.set} clearError={form.clearError} fixes={building?.fixes} />
      <PhotoField photos={form.values.photos} error={form.errors.photos} onChange={(p) => form.set('photos', p)} />
      <WallConsentField values={form.values} set={form.set} />
      <PriceNotice quote={quote} />
      {form.failure ? (
        // A new alert for each failed submit, so a screen reader says it again.
        <Notice key={form.failure.seq} kind='error' code={form.failure.code} id='form-error'>
          {form.failure.message}
        </Notice>
      ) : null}
      {form.failure && saysCallCommunity(form.failure.code) && hotline ? (
        <HotlineLine number={hotline} lead={hotlineLabel(!!building)} id='form-hotline' />
      ) : null}
      {phase.kind === 'duplicate' ? (
        <DuplicateNotice existingWishId={phase.existingWishId} onConfirm={() => form.submit(true)} onBack={form.backToEditing} />
      ) : (
        <BigButton id='wish-submit' className='submit-button' busy={phase.kind === 'sending'} onClick={() => form.submit()}>
          提交心愿
        </BigButton>
      )}
      <Text className='free-note'>
        {form.values.proxy ? '提交后，社区会安排志愿者联系老人（老人没有电话时联系您）。' : '提交后，社区会安排志愿者联系您。'}
        {quote.kind === 'free' ? '服务免费。' : ''}
      </Text>
      {phase.kind === 'consent' ? <PrivacyDialog proxy={phase.form.proxy} onAgree={form.agree} onDecline={form.backToEditing} /> : null}
    </PageRoot>
  );
}
