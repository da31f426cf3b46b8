// `activity` function: activities (活动) — publishing, sign-up with a waiting list, on-site check-in
// and check-out with a rotating code, the organiser's corrections, closing (points and hours to each
// attendee), cancelling; the residents' view of what is coming and their "I will come".
import * as z from 'zod';
import { ACTIVITY_STATUSES, SIGNUP_STATUSES } from '../activity/activity';
import { Category, Id, IsoDate, Page, pageOf, RequestId, Specialty, text } from './common';

export const ActivityStatus = z.enum(ACTIVITY_STATUSES);
/** A time given by a person (the form's date and time, sent as ISO): the refusal said in Chinese. */
const When = z.iso.datetime({ error: '时间格式不正确' });
export const SignUpStatus = z.enum(SIGNUP_STATUSES);

export const PublishInput = z.strictObject({
  action: z.literal('publish'),
  /** A retry with the same requestId answers the first publication. */
  requestId: RequestId,
  title: text(2, 30),
  content: text(5, 500),
  services: z.array(Category).min(1, '请至少选择一项服务').max(6, '最多选择6项服务'),
  communityId: Id,
  address: text(2, 60),
  startAt: When,
  endAt: When,
  quota: z.number().int().min(1, '至少需要1名志愿者').max(500, '最多500名志愿者'),
  skills: z.array(Specialty).max(9),
  signUpBy: When,
  /** Withdrawing closes at this time (default: the sign-up deadline). */
  withdrawBy: When.optional(),
  points: z.number().int().min(0).max(200, '每人最多200积分'),
  /** Who pays (default: the community's sponsor). */
  sponsorId: Id.optional(),
  /** A team leader publishes for the team they lead. */
  teamId: Id.optional(),
});
export const PublishOutput = z.strictObject({ activityId: z.string() });

/** One activity as a list shows it: no personal data. */
export const ActivityCard = z.strictObject({
  id: z.string(),
  status: ActivityStatus,
  title: z.string(),
  services: z.array(Category),
  communityId: z.string(),
  communityName: z.string(),
  address: z.string(),
  startAt: IsoDate,
  endAt: IsoDate,
  signUpBy: IsoDate,
  quota: z.number().int(),
  signedUp: z.number().int(),
  waiting: z.number().int(),
  points: z.number().int(),
  /** The caller's own sign-up, when they have one. */
  mine: SignUpStatus.optional(),
  /** The caller organises it (may show the code, correct, close). */
  organising: z.boolean(),
});

/** community: upcoming in a community (a volunteer's own by default); mine: the caller's sign-ups; organising: what the caller may organise. */
export const ListInput = z.strictObject({
  action: z.literal('list'),
  scope: z.enum(['community', 'mine', 'organising'], { error: '请选择列表' }),
  communityId: Id.optional(),
  page: Page,
});
export const ListOutput = pageOf(ActivityCard);

export const DetailInput = z.strictObject({ action: z.literal('detail'), activityId: Id });
export const RosterRow = z.strictObject({
  signUpId: z.string(),
  /** Masked for everyone but the organiser's own needs: 张*明. */
  name: z.string(),
  /** 138****0001 */
  phone: z.string(),
  status: SignUpStatus,
  seq: z.number().int().optional(),
  checkInAt: IsoDate.optional(),
  checkOutAt: IsoDate.optional(),
  minutes: z.number().int().optional(),
});
export const ActivityDetail = ActivityCard.extend({
  content: z.string(),
  skills: z.array(Specialty),
  withdrawBy: IsoDate,
  willCome: z.number().int(),
  /** The caller's sign-up in detail (waiting-list position while waiting). */
  mySignUp: z
    .strictObject({
      status: SignUpStatus,
      position: z.number().int().optional(),
      checkInAt: IsoDate.optional(),
      checkOutAt: IsoDate.optional(),
    })
    .optional(),
  /** Wishes folded into it: for the organiser and signed-up volunteers (category and text only; contact after a claim, on the order page). */
  wishes: z.array(
    z.strictObject({ wishId: z.string(), category: Category, description: z.string(), status: z.string(), mine: z.boolean() }),
  ),
  /** The organiser only: who signed up, waits, came. */
  roster: z.array(RosterRow).optional(),
});
export const DetailOutput = ActivityDetail;

export const SignUpInput = z.strictObject({ action: z.literal('sign_up'), activityId: Id });
export const SignUpOutput = z.strictObject({
  activityId: z.string(),
  status: SignUpStatus,
  /** Place on the waiting list (1 = next). */
  position: z.number().int().optional(),
});
export const WithdrawInput = z.strictObject({ action: z.literal('withdraw'), activityId: Id });
export const WithdrawOutput = z.strictObject({ activityId: z.string(), status: SignUpStatus });

/** The organiser's on-site code: the QR's text, six digits to type when a camera fails, and when it stops working. */
export const CodeInput = z.strictObject({ action: z.literal('code'), activityId: Id });
export const CodeOutput = z.strictObject({ qr: z.string(), digits: z.string(), validUntil: IsoDate });

/** A scan: the QR's text, or six digits typed on the activity's page. First scan checks in, the second checks out. */
export const ScanInput = z.strictObject({
  action: z.literal('scan'),
  code: z
    .string()
    .trim()
    .min(1, '请扫描签到码')
    // HD1.<activityId>.<window>.<mac> is about 55 characters
    .max(64, '签到码无法识别')
    .regex(/^[0-9A-Za-z._:-]+$/, '签到码无法识别'),
  activityId: Id.optional(),
});
export const ScanOutput = z.strictObject({
  activityId: z.string(),
  status: z.enum(['checked_in', 'checked_out']),
  at: IsoDate,
  /** After check-out: the minutes that will be credited (capped at the activity's length). */
  minutes: z.number().int().optional(),
});

export const CorrectTimesInput = z.strictObject({
  action: z.literal('correct_times'),
  activityId: Id,
  signUpId: Id,
  checkInAt: When,
  checkOutAt: When,
  reason: text(2, 100),
});
export const CorrectTimesOutput = z.strictObject({ signUpId: z.string(), status: SignUpStatus, minutes: z.number().int() });

export const CloseInput = z.strictObject({ action: z.literal('close'), activityId: Id });
export const CloseOutput = z.strictObject({
  activityId: z.string(),
  status: ActivityStatus,
  attended: z.number().int(),
  noShows: z.number().int(),
  /** Points paid now (a second close pays nothing). */
  points: z.number().int(),
  minutes: z.number().int(),
});

export const CancelInput = z.strictObject({ action: z.literal('cancel'), activityId: Id, reason: text(2, 100) });
export const CancelOutput = z.strictObject({ activityId: z.string(), status: ActivityStatus });

/** Residents: what is coming in a community (public, no personal data) and their own "I will come". */
export const UpcomingInput = z.strictObject({ action: z.literal('upcoming'), communityId: Id, page: Page });
export const UpcomingOutput = pageOf(
  z.strictObject({
    id: z.string(),
    title: z.string(),
    content: z.string(),
    services: z.array(Category),
    address: z.string(),
    startAt: IsoDate,
    endAt: IsoDate,
    willCome: z.number().int(),
    coming: z.boolean(),
  }),
);
export const WillComeInput = z.strictObject({ action: z.literal('will_come'), activityId: Id, coming: z.boolean() });
export const WillComeOutput = z.strictObject({ activityId: z.string(), willCome: z.number().int(), coming: z.boolean() });

export const activityActions = {
  publish: { input: PublishInput, output: PublishOutput },
  list: { input: ListInput, output: ListOutput },
  detail: { input: DetailInput, output: DetailOutput },
  sign_up: { input: SignUpInput, output: SignUpOutput },
  withdraw: { input: WithdrawInput, output: WithdrawOutput },
  code: { input: CodeInput, output: CodeOutput },
  scan: { input: ScanInput, output: ScanOutput },
  correct_times: { input: CorrectTimesInput, output: CorrectTimesOutput },
  close: { input: CloseInput, output: CloseOutput },
  cancel: { input: CancelInput, output: CancelOutput },
  upcoming: { input: UpcomingInput, output: UpcomingOutput },
  will_come: { input: WillComeInput, output: WillComeOutput },
} as const;
