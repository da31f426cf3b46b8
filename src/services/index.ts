import Taro from '@tarojs/taro';
import type { Result } from '../domain/errors';
import type { WhoamiOutput } from '../domain/schemas/user';
import { createClient, type Call } from './client';
import { cloudTransport, type CallFunction } from './cloudTransport';
import { httpTransport } from './httpTransport';
import { createSession } from './session';
import type { Transport } from './transport';

export { initCloud } from './cloud';
export { messageFor } from './messages';
export { clip, roleNames } from './format';
export {
  INVITATION_REFUSAL,
  INVITATION_STATUS_LABELS,
  inviteTitle,
  ROLE_POWERS,
  scopeText,
  shareTitle,
  tokenFromQuery,
} from './peopleText';
export { dayChoices, describeDate, formatDateTime, formatDay, hoursOf, shanghaiDate } from './clock';
export { getLargeText, pageRootClass, setLargeText } from './prefs';
export { hasPrivacyConsent, savePrivacyConsent } from './consent';
export { newRequestId } from './requestId';
export { RESIDENT_TEMPLATES, RESIDENT_TEMPLATE_IDS } from './templates';
export {
  askDispatcherSubscriptions,
  askResidentSubscriptions,
  askVolunteerSubscriptions,
  canAskDispatcherSubscriptions,
  askDigestSubscriptions,
  canAskDigestSubscriptions,
} from './subscribe';
export { chooseAndUploadPhotos, MAX_PHOTOS, PHOTOS_SUPPORTED } from './photos';
export { canFileForOthers } from './session';
export { openPdf, prefetchPdf, type PdfFile } from './poster';
export { runBatch } from './posterBatch';
export { CALL_COMMUNITY_CODES, hotlineLabel, hotlineOf, saysCallCommunity, type Places } from './hotline';
export { recallContact, recallHelper, rememberContact, rememberHelper, type RememberedContact } from './contactMemory';
export {
  actorLabel,
  backReason,
  dispatchNote,
  categoryLabel,
  placeText,
  preferredTimeLine,
  preferredTimeText,
  stepLabel,
  TIME_WINDOW_LABELS,
  URGENCY_LABELS,
  type TimeWindowKey,
} from './wishText';

function defaultTransport(): Transport {
  if (process.env.TARO_ENV === 'weapp') {
    const callFunction: CallFunction = (param) => Taro.cloud.callFunction(param);
    return cloudTransport(callFunction);
  }
  return httpTransport();
}

/** The one way the app calls cloud functions; typed from the domain's schemas. */
export const call: Call = createClient(defaultTransport()).call;

const session = createSession(call);

/** Who am I (openid, roles): asked once per launch and shared; `refresh` asks the cloud again. */
export function whoami(refresh = false): Promise<Result<WhoamiOutput>> {
  return session.whoami(refresh);
}
