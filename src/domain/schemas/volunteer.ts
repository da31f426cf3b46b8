// `volunteer` function: registration, teams, the order hall and service (志愿者接单), the passbook.
import * as z from 'zod';
import { ENTRY_CATEGORIES, JOURNAL_KINDS } from '../bank/ledger';
import { MAX_CREDITED_MINUTES } from '../menu';
import { TEAM_ROLES } from '../team/team';
import { DateString, FileId, Id, pageOf, Page, PersonName, Phone, Specialty, text, IsoDate, TimeWindow } from './common';
import { TransitionOutput, WishViewSchema } from './views';

export const RegisterInput = z.strictObject({
  action: z.literal('register'),
  name: PersonName,
  phone: Phone,
  skills: z.array(Specialty).max(9),
  communityId: Id,
  partyMember: z.boolean(),
});
export const ProfileInput = z.strictObject({ action: z.literal('profile') });
const MembershipStatus = z.enum(['pending', 'active']);
export const ProfileOutput = z.strictObject({
  registered: z.boolean(),
  name: z.string().optional(),
  teams: z.array(z.strictObject({ teamId: z.string(), name: z.string(), role: z.enum(TEAM_ROLES), status: MembershipStatus })),
});

export const TeamsInput = z.strictObject({ action: z.literal('teams'), page: Page });
export const TeamsOutput = pageOf(
  z.strictObject({
    teamId: z.string(),
    name: z.string(),
    specialties: z.array(Specialty),
    communities: z.array(z.string()),
    myStatus: z.enum(['none', 'pending', 'active']),
  }),
);
export const JoinInput = z.strictObject({ action: z.literal('join'), teamId: Id });
export const JoinOutput = z.strictObject({ membershipId: z.string(), status: MembershipStatus });
export const MembersInput = z.strictObject({ action: z.literal('members'), teamId: Id });
export const MembersOutput = z.strictObject({
  members: z.array(
    z.strictObject({
      membershipId: z.string(),
      name: z.string(),
      phone: z.string(),
      skills: z.array(Specialty),
      role: z.enum(TEAM_ROLES),
      status: MembershipStatus,
      /** Open orders this member holds (claimed or in service) in this team. */
      load: z.number().int(),
    }),
  ),
});
export const ApproveInput = z.strictObject({ action: z.literal('approve'), membershipId: Id });

export const HallInput = z.strictObject({ action: z.literal('hall'), tab: z.enum(['open', 'mine'], { error: '请选择列表' }), page: Page });
export const HallOutput = pageOf(WishViewSchema);

const onWish = <A extends string>(action: A) => z.strictObject({ action: z.literal(action), wishId: Id });
export const ClaimInput = onWish('claim');
export const ReleaseInput = onWish('release');
export const CheckInInput = z.strictObject({
  action: z.literal('check_in'),
  wishId: Id,
  /** Only when the volunteer allowed it; stored coarse (about 100 m), shown to staff only. */
  place: z.strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).optional(),
});
/** 约定上门: the day (not before today, business time) and time window agreed with the resident. */
export const PlanVisitInput = z.strictObject({ action: z.literal('plan_visit'), wishId: Id, date: DateString, window: TimeWindow });
export const AssignInput = z.strictObject({ action: z.literal('assign'), wishId: Id, membershipId: Id });
export const ReturnInput = z.strictObject({ action: z.literal('return'), wishId: Id, reason: text(2, 100) });
export const CompleteInput = z.strictObject({
  action: z.literal('complete'),
  wishId: Id,
  summary: text(2, 300),
  // The most one order credits (MAX_CREDITED_MINUTES): more is refused, never silently cut.
  minutes: z
    .number()
    .int()
    .min(5, '服务时长至少5分钟')
    .max(MAX_CREDITED_MINUTES, `服务时长最多${MAX_CREDITED_MINUTES / 60}小时`),
  photo: FileId.optional(),
});

export const ConfirmMinutesInput = z.strictObject({
  action: z.literal('confirm_minutes'),
  wishId: Id,
  minutes: z
    .number()
    .int()
    .min(5, '服务时长至少5分钟')
    .max(MAX_CREDITED_MINUTES, `服务时长最多${MAX_CREDITED_MINUTES / 60}小时`),
  reason: text(2, 100),
});

/** 我的: the services I completed, newest first, each with how it ended for me. */
export const HistoryInput = z.strictObject({ action: z.literal('history'), page: Page });
export const HistoryOutput = pageOf(
  z.strictObject({
    wish: WishViewSchema,
    outcome: z.enum(['waiting', 'to_confirm', 'paid', 'sent_back']),
    stars: z.number().int().optional(),
    reason: z.string().optional(),
    minutes: z.number().int(),
    points: z.number().int(),
    /** 等待预算: rated, and its credit waits in the queue for its sponsor's budget. */
    waitingBudget: z.literal(true).optional(),
  }),
);

/** The leader's view of the team: open orders and who holds each, and the record of assignments. */
export const TeamOrdersInput = z.strictObject({ action: z.literal('team_orders'), teamId: Id, page: Page });
const HeldOrder = z.strictObject({ wish: WishViewSchema, holder: z.string().optional() });
export const TeamOrdersOutput = z.strictObject({
  items: z.array(HeldOrder),
  /** Page 0: served orders whose minutes wait for the leader's confirmation (else empty). */
  toConfirm: z.array(HeldOrder),
  page: z.number().int(),
  hasMore: z.boolean(),
  assignments: z.array(z.strictObject({ wishId: z.string(), category: z.string(), by: z.string(), to: z.string(), at: IsoDate })),
});

export const PassbookInput = z.strictObject({ action: z.literal('passbook'), page: Page });
export const PassbookOutput = z.strictObject({
  balance: z.number().int(),
  minutes: z.number().int(),
  entries: z.array(
    z.strictObject({
      id: z.string(),
      at: IsoDate,
      kind: z.enum(JOURNAL_KINDS),
      points: z.number().int(),
      minutes: z.number().int(),
      memo: z.string(),
      category: z.enum(ENTRY_CATEGORIES),
      /** The balance after this entry (the newest entry's is the stored balance). */
      balance: z.number().int(),
    }),
  ),
  hasMore: z.boolean(),
  /** 等待预算: my credits waiting for their sponsor's budget (count 0 when none). */
  waiting: z.strictObject({ count: z.number().int(), points: z.number().int() }),
});

export const volunteerActions = {
  register: { input: RegisterInput, output: z.strictObject({ registered: z.literal(true) }) },
  profile: { input: ProfileInput, output: ProfileOutput },
  teams: { input: TeamsInput, output: TeamsOutput },
  join: { input: JoinInput, output: JoinOutput },
  members: { input: MembersInput, output: MembersOutput },
  approve: { input: ApproveInput, output: JoinOutput },
  hall: { input: HallInput, output: HallOutput },
  claim: { input: ClaimInput, output: TransitionOutput },
  assign: { input: AssignInput, output: TransitionOutput },
  release: { input: ReleaseInput, output: TransitionOutput },
  return: { input: ReturnInput, output: TransitionOutput },
  plan_visit: { input: PlanVisitInput, output: TransitionOutput },
  check_in: { input: CheckInInput, output: TransitionOutput },
  complete: { input: CompleteInput, output: TransitionOutput },
  confirm_minutes: { input: ConfirmMinutesInput, output: TransitionOutput },
  passbook: { input: PassbookInput, output: PassbookOutput },
  history: { input: HistoryInput, output: HistoryOutput },
  team_orders: { input: TeamOrdersInput, output: TeamOrdersOutput },
} as const;
