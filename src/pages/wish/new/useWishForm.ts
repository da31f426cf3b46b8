// The wish form's state and the submission flow: validate → privacy consent (first time) →
// subscribe-message prompt (weapp) → `wish`/`submit` with one requestId per form → outcome. A priced
// wish carries the amount the form showed (`agreedFen`); refused because the price changed, the form
// asks for the price again (`priceRound`) and the resident submits once they have seen it.
import Taro from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import { roomProblem, type CodeFixes } from '@/domain/schemas/common';
import { WishForm } from '@/domain/schemas/wish';
import { validate } from '@/domain/validate';
import {
  askResidentSubscriptions,
  call,
  hasPrivacyConsent,
  messageFor,
  newRequestId,
  recallContact,
  recallHelper,
  rememberContact,
  rememberHelper,
  savePrivacyConsent,
} from '@/services';
import { useFocusRequest } from '@/hooks/useFocusRequest';
import { errorsFromIssues, fieldId, FIELD_ORDER, initialValues, toWishForm, type FieldErrors, type FormValues } from './formModel';

/** The form as WishForm accepts it: what `submit` sends, with action, requestId and consent. */
type Valid = ReturnType<typeof WishForm.parse>;

export type Phase =
  | { kind: 'editing' }
  | { kind: 'consent'; form: Valid; confirmDuplicate: boolean }
  | { kind: 'sending' }
  | { kind: 'duplicate'; existingWishId: string };

/** The helper's own contact to start from: what they typed last time, else their own remembered contact. */
function helperStart(profileName?: string): { helperName: string; helperPhone: string } {
  const last = recallHelper();
  const own = recallContact();
  return { helperName: last?.name || profileName || own?.name || '', helperPhone: last?.phone || own?.phone || '' };
}

/**
 * `fixes`: what the building's code already says, so the room is checked as `submit` will check it.
 * `profileName`: the volunteer profile's name, to start the helper's name from.
 * `showsPrice(fen)`: what the price notice shows the household will pay, sent with the wish.
 */
export function useWishForm(buildingId: string, fixes?: CodeFixes, profileName?: string) {
  const [values, setValues] = useState<FormValues>(() => initialValues(new Date(), recallContact(), buildingId));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [phase, setPhase] = useState<Phase>({ kind: 'editing' });
  /** What went wrong with the last submit; `seq` tells one failure from the next with the same words (said again). */
  const [failure, setFailure] = useState<{ code: string; message: string; seq: number }>();
  const focusBlock = useFocusRequest();
  // One key per form, reused by every retry, so a retried submission lands once.
  const [requestId] = useState(() => newRequestId());
  /** What the price notice shows now (fen), sent as `agreedFen`; undefined: no price shown. */
  const shownFen = useRef<number>();
  const showsPrice = useCallback((fen: number | undefined) => void (shownFen.current = fen), []);
  /** Bumped when `submit` answers that the price is not the one shown: the price is asked again. */
  const [priceRound, setPriceRound] = useState(0);

  const set = useCallback(<K extends keyof FormValues>(key: K, value: FormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    // The last answer was about the old values: once the resident edits, it no longer applies.
    setFailure(undefined);
  }, []);
  /**
   * 帮办 on: the contact is the elder's, so start empty, and the helper's own contact is prefilled;
   * off: back to my remembered contact.
   */
  const setProxy = useCallback(
    (on: boolean) => {
      const mine = on ? undefined : recallContact();
      setValues((v) => ({
        ...v,
        proxy: on,
        name: mine?.name ?? '',
        phone: mine?.phone ?? '',
        room: mine && mine.buildingId === buildingId ? mine.room : '',
        noPhone: false,
        proxyConsent: false,
        wallConsent: null,
        ...(on ? helperStart(profileName) : { helperName: '', helperPhone: '' }),
      }));
      setErrors({});
      setFailure(undefined);
    },
    [buildingId, profileName],
  );
  /** Clear one field's message once the resident changes it. */
  const clearError = useCallback((field: string) => setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e)), []);

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    const first = FIELD_ORDER.find((f) => found[f]);
    if (!first) return;
    void Taro.pageScrollTo({ selector: `#${fieldId(first)}`, duration: 200 }).catch(() => undefined);
    focusBlock(fieldId(first));
  };

  const send = async (form: Valid, confirmDuplicate: boolean) => {
    // First, inside the tap: WeChat shows the subscribe prompt only in direct response to a tap.
    const asked = askResidentSubscriptions();
    setPhase({ kind: 'sending' });
    setFailure(undefined);
    await asked;
    const agreedFen = shownFen.current;
    const result = await call('wish', {
      action: 'submit',
      ...form,
      requestId,
      consent: true,
      confirmDuplicate,
      ...(agreedFen !== undefined ? { agreedFen } : {}),
    });
    if (!result.ok) {
      if (result.error.code === 'WISH.PRICE_NOT_AGREED') setPriceRound((n) => n + 1);
      setPhase({ kind: 'editing' });
      setFailure({ code: result.error.code, message: messageFor(result.error), seq: Date.now() });
      if (result.error.issues?.length) showErrors(errorsFromIssues(result.error.issues));
      return;
    }
    if (result.data.outcome === 'duplicate') {
      setPhase({ kind: 'duplicate', existingWishId: result.data.existingWishId });
      setTimeout(() => void Taro.pageScrollTo({ selector: '#duplicate-notice', duration: 200 }).catch(() => undefined), 50);
      return;
    }
    if (!form.proxy) rememberContact({ name: form.contact.name, phone: form.contact.phone, room: form.room, buildingId });
    else if (form.helper) rememberHelper(form.helper);
    void Taro.showToast({ title: form.proxy ? '已替老人提交' : '提交成功', icon: 'success' });
    void Taro.redirectTo({ url: `/pages/wish/detail/index?id=${encodeURIComponent(result.data.wishId)}&new=1` });
  };

  /** The 提交 tap (and 「仍要提交」 after the duplicate warning). */
  const submit = (confirmDuplicate = false) => {
    if (phase.kind === 'sending') return;
    const checked = validate(WishForm, toWishForm(values, buildingId));
    // The room as the building's code asks it (`submit` checks the same).
    const room = roomProblem(values.room, fixes);
    if (!checked.ok || room) {
      const found = checked.ok ? {} : errorsFromIssues(checked.error.issues);
      showErrors(room && !found.room ? { ...found, room } : found);
      setFailure({ code: 'INPUT.INVALID', message: '还有几项需要修改，请看红色提示', seq: Date.now() });
      return;
    }
    setErrors({});
    if (!hasPrivacyConsent(checked.data.proxy ? 'proxy' : 'own')) {
      setPhase({ kind: 'consent', form: checked.data, confirmDuplicate });
      return;
    }
    void send(checked.data, confirmDuplicate);
  };

  const agree = () => {
    if (phase.kind !== 'consent') return;
    savePrivacyConsent(phase.form.proxy ? 'proxy' : 'own');
    void send(phase.form, phase.confirmDuplicate);
  };

  const backToEditing = () => setPhase({ kind: 'editing' });

  return { values, set, setProxy, errors, clearError, phase, failure, submit, agree, backToEditing, showsPrice, priceRound };
}
