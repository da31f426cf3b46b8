// Who may do what, as data, closed by default. GATES has an entry for every registry action (the type
// makes a missing one a compile error; the router refuses one at run time): the roles the caller
// needs, or anyone signed in when the document decides (relations, see relationsOf and the lifecycle
// tables). The function router applies the gate before any handler runs.
import type { ErrorCode } from './errors';
import { dispatchesIn, type Grant } from './org/grants';
import type { Role } from './roles';
import type { TeamRole } from './team/team';
import type { ActionInput, ActionName, FunctionName } from './schemas';
import type { Relation } from './wish/machine';

/** The caller as the functions load it: roles from `users`, active team memberships. */
export interface Actor {
  openid: string;
  roles: readonly Role[];
  /** teamId → the role in that team, active memberships only. */
  teams: Readonly<Record<string, TeamRole>>;
  /** Where the scoped roles hold (a community dispatcher: that community's wishes only). */
  grants?: readonly Grant[];
  /** 微心愿墙: the community of the caller's volunteer registration (read only for a wish on the wall). */
  volunteerCommunityId?: string;
  /** The caller's sign-up to the wish's activity counts as attending (read only for a wish in an activity). */
  attending?: boolean;
}

export interface Gate<I = unknown> {
  /** 'signed_in': any caller with an OPENID; the document's relations decide the rest. */
  roles: 'signed_in' | readonly Role[];
  /** The roles are needed only for inputs like this (e.g. filing for someone else). */
  when?: (input: I) => boolean;
  /** The refusal code when the caller lacks the roles (AUTH.FORBIDDEN unless said otherwise). */
  refuse?: ErrorCode;
}

export type Gates = { readonly [F in FunctionName]: { readonly [A in ActionName<F>]: Gate<ActionInput<F, A>> } };

const SIGNED_IN: Gate = { roles: 'signed_in' };
const DISPATCHER: Gate = { roles: ['dispatcher'] };
/** Stairwell posters: admins, and dispatchers for their own communities (checked on the community). */
const POSTER_MAKERS: Gate = { roles: ['admin', 'dispatcher'] };
const ADMIN: Gate = { roles: ['admin'] };
/** A merchant acts for the shop of its grant (merchantShop), checked in the handler. */
const MERCHANT: Gate = { roles: ['merchant'] };
/** The admin area's reading desk: admins, and dispatchers for their communities. */
const ADMIN_DESK: Gate = { roles: ['admin', 'dispatcher'] };
/** Household tiers (困难户登记): a community's helpers and dispatchers, the street's admins (scope in the handler). */
const HOUSEHOLD_KEEPERS: Gate = { roles: ['admin', 'dispatcher', 'helper'] };
/** The elders' registry (巡访对象): the same keepers as households (scope in the handler: keepsEldersOf). */
const ELDER_KEEPERS: Gate = { roles: ['admin', 'dispatcher', 'helper'] };
/** Filing for someone else (帮办) is for grid workers and helpers. */
export const PROXY_FILERS: readonly Role[] = ['helper', 'dispatcher'];

export const GATES: Gates = {
  user: { whoami: SIGNED_IN },
  wish: {
    building: SIGNED_IN,
    places: SIGNED_IN, // public reference data: names and hotlines only
    submit: { roles: PROXY_FILERS, when: (input) => input.proxy },
    mine: SIGNED_IN,
    detail: SIGNED_IN, // the owner, the centre, the team (relationsOf)
    cancel: SIGNED_IN, // the owner (WISH_LIFECYCLE)
    rate: SIGNED_IN, // the owner (WISH_LIFECYCLE)
  },
  dispatch: {
    queue: DISPATCHER,
    suggest: DISPATCHER,
    dispatch: DISPATCHER,
    reject: DISPATCHER,
    award: DISPATCHER,
    // 服务日: the wish's centre, or the leader of the team holding it (WISH_LIFECYCLE)
    schedule_service_day: SIGNED_IN,
    // the weekly digest (周报): a dispatcher's communities, or a team the caller actively leads (checked in the handler)
    digest: SIGNED_IN,
    // 微心愿墙 and folding into an activity: the wish's centre (WISH_LIFECYCLE)
    publish_to_wall: DISPATCHER,
    attach_to_activity: DISPATCHER,
  },
  volunteer: {
    register: SIGNED_IN,
    profile: SIGNED_IN,
    teams: SIGNED_IN,
    join: { roles: ['volunteer'], refuse: 'VOLUNTEER.NOT_REGISTERED' },
    members: SIGNED_IN, // the team's active leader (checked on the team)
    approve: SIGNED_IN, // the team's active leader (MEMBERSHIP_LIFECYCLE)
    hall: SIGNED_IN, // the caller's own teams and claims
    claim: SIGNED_IN, // the rest: the wish's team and claimant (WISH_LIFECYCLE)
    assign: SIGNED_IN,
    release: SIGNED_IN,
    return: SIGNED_IN,
    plan_visit: SIGNED_IN, // the claimant (WISH_LIFECYCLE)
    check_in: SIGNED_IN,
    complete: SIGNED_IN,
    confirm_minutes: SIGNED_IN, // the wish's team leader (WISH_LIFECYCLE)
    passbook: SIGNED_IN, // the caller's own
    history: SIGNED_IN, // the caller's own services (我的)
    team_orders: SIGNED_IN, // the team's active leader (checked on the team)
    // 微心愿墙: the wall of the caller's own community (a registered volunteer, checked in the handler)
    wall: { roles: ['volunteer'], refuse: 'VOLUNTEER.NOT_REGISTERED' },
  },
  poster: {
    communities: POSTER_MAKERS, // a dispatcher sees only their communities (dispatcherCommunities)
    poster: POSTER_MAKERS, // the stairwell's community must be the dispatcher's
    batch: POSTER_MAKERS, // the community must be the dispatcher's
    job: POSTER_MAKERS, // whoever started it, or may make that community's posters
  },
  // Spreadsheet import and export of the street's places, teams and volunteers: the street's admins.
  sheets: { template: ADMIN, check: ADMIN, apply: ADMIN, job: ADMIN, jobs: ADMIN, export: ADMIN },
  // Roles with a scope, granted by invitation (one deployment serves one street: its admins see all of it).
  people: {
    invite: ADMIN,
    invite_code: ADMIN,
    invitations: ADMIN,
    revoke_invitation: ADMIN,
    preview: SIGNED_IN, // whoever holds the link's secret token
    accept: SIGNED_IN, // whoever holds the token, once (INVITATION_LIFECYCLE)
    people: ADMIN,
    revoke_grant: ADMIN,
    audit: ADMIN,
    scopes: ADMIN,
  },
  // The admin area: reading places and teams is also for dispatchers (scoped by their grants, in the handler).
  admin: {
    places: ADMIN_DESK,
    stairwells: ADMIN_DESK,
    retire_stairwell: ADMIN,
    teams: ADMIN_DESK,
    team_active: ADMIN,
    sponsors: ADMIN,
    grant_budget: ADMIN,
    shop: { roles: ['merchant'] }, // the shop of the caller's merchant grant
    // sponsors: 新增赞助方 and changing its name/source; the merchant's own shop profile
    create_sponsor: ADMIN,
    update_sponsor: ADMIN,
    edit_shop: { roles: ['merchant'] }, // the shop of the caller's merchant grant
  },
  // The public-welfare bank: its configuration is the street's admins'.
  bank: {
    settings: ADMIN,
    set_setting: ADMIN,
    setting_history: ADMIN,
    // recognition: the caller's own passbook and honours; reviews for admins and dispatchers (their communities)
    passbook_months: SIGNED_IN,
    recognition: SIGNED_IN,
    party_hours: ADMIN_DESK,
    reviews: ADMIN_DESK,
    offices: ADMIN_DESK,
    // Repairs at cost: the price list and a household's own quote for anyone signed in; the tiers for
    // the community's staff (keepsHouseholdsOf in the handler); the money book for the street's admins.
    prices: SIGNED_IN,
    households: HOUSEHOLD_KEEPERS,
    set_household_tier: HOUSEHOLD_KEEPERS,
    quote: SIGNED_IN,
    money_book: ADMIN,
    fund_topup: ADMIN,
    // redeem: a registered volunteer's own reservations (checked in the handler); a merchant's own shop (merchantShop)
    rewards: SIGNED_IN,
    reserve: { roles: ['volunteer'], refuse: 'VOLUNTEER.NOT_REGISTERED' },
    my_reservations: SIGNED_IN, // the caller's own
    cancel_reservation: SIGNED_IN, // the owner (RESERVATION_LIFECYCLE)
    shop_items: MERCHANT,
    save_item: MERCHANT,
    lookup_code: MERCHANT,
    redeem: MERCHANT,
    shop_statement: MERCHANT,
    statement_export: MERCHANT,
    // ledger
    accounts: ADMIN,
    account_entries: ADMIN,
    correct: ADMIN,
    waiting_credits: ADMIN,
    verify: ADMIN,
    office_grant: ADMIN,
    bonus: ADMIN,
  },
  // The elderly visit programme: the registry for the community's staff (keepsHouseholdsOf in the
  // handler), visit orders for their volunteer or team.
  visit: {
    // Visit orders: a registered volunteer; the order's named volunteer or a member of its team (in the handler).
    my_visits: { roles: ['volunteer'], refuse: 'VOLUNTEER.NOT_REGISTERED' },
    record: { roles: ['volunteer'], refuse: 'VOLUNTEER.NOT_REGISTERED' },
    // Files a wish for the elder without the helper role: the visit order authorises it (SECURITY.md).
    to_wish: { roles: ['volunteer'], refuse: 'VOLUNTEER.NOT_REGISTERED' },
    // The elder's price for a category, before 转为心愿: whoever may file it (the order decides).
    quote: { roles: ['volunteer'], refuse: 'VOLUNTEER.NOT_REGISTERED' },
    // The elders' registry and its board: the community's staff (keepsEldersOf in the handler); one
    // elder's detail also for their named volunteer (the document decides); the import for staff.
    elders: ELDER_KEEPERS,
    elder: SIGNED_IN,
    save_elder: ELDER_KEEPERS,
    retire_elder: ELDER_KEEPERS,
    elder_template: ELDER_KEEPERS,
    elder_check: ELDER_KEEPERS,
    elder_import: ELDER_KEEPERS,
    elder_import_job: ELDER_KEEPERS,
  },
  // Activities (活动): organisers are the centre of the activity's community and the leader of its team
  // (checked on the activity, ACTIVITY_LIFECYCLE); sign-up and check-in for registered volunteers; the
  // residents' view for anyone signed in.
  activity: {
    publish: SIGNED_IN, // a dispatcher of the community, or the active leader of `teamId` (in the handler)
    list: SIGNED_IN,
    detail: SIGNED_IN, // the roster only for its organisers
    sign_up: { roles: ['volunteer'], refuse: 'VOLUNTEER.NOT_REGISTERED' },
    withdraw: SIGNED_IN, // the caller's own sign-up
    code: SIGNED_IN, // organisers
    scan: { roles: ['volunteer'], refuse: 'VOLUNTEER.NOT_REGISTERED' },
    correct_times: SIGNED_IN, // organisers
    close: SIGNED_IN, // organisers
    cancel: SIGNED_IN, // organisers
    upcoming: SIGNED_IN,
    will_come: SIGNED_IN,
  },
  // Service certificates (志愿服务证明): a registered volunteer's own; verifying a number for anyone signed in.
  cert: {
    issue: { roles: ['volunteer'], refuse: 'VOLUNTEER.NOT_REGISTERED' },
    mine: SIGNED_IN, // the caller's own certificates only
    verify: SIGNED_IN, // the masked fields only (maskedView)
  },
  // 数据看板: the street's admins, and dispatchers for their communities (reviewScope in the handler).
  insight: {
    dashboard: ADMIN_DESK,
    month_report: ADMIN_DESK, // same scoping as dashboard
    // 导出: the same desk; the handler keeps a dispatcher to their communities and the ledger to admins.
    export_start: ADMIN_DESK,
    export_step: ADMIN_DESK,
    exports: ADMIN_DESK,
  },
};

/** The gate of `fn.action`, or undefined when there is none (the router then refuses the call). */
export function gateOf(fn: string, action: string): Gate | undefined {
  const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  if (!own(GATES, fn)) return undefined;
  const actions = GATES[fn as FunctionName] as Record<string, Gate>;
  return own(actions, action) ? actions[action] : undefined;
}

/** Whether the gate needs the caller's roles for this input (so the router reads them only then). */
export const needsRoles = (gate: Gate, input: unknown): gate is Gate & { roles: readonly Role[] } =>
  gate.roles !== 'signed_in' && (gate.when?.(input) ?? true);

/** May a caller with `roles` pass the gate of `fn.action` with `input`? Closed for an action without a gate. */
export function mayCall(fn: string, action: string, roles: readonly Role[], input?: unknown): boolean {
  const gate = gateOf(fn, action);
  if (!gate) return false;
  return !needsRoles(gate, input) || gate.roles.some((r) => roles.includes(r));
}

/** The caller's relations to one wish. */
export function relationsOf(
  wish: {
    filedBy: string;
    communityId?: string;
    teamId?: string;
    claimant?: string;
    attempts?: ReadonlyArray<{ claimant: string }>;
    wall?: boolean;
    activityId?: string;
  },
  actor: Actor,
): Relation[] {
  const out: Relation[] = [];
  if (wish.filedBy === actor.openid) out.push('owner');
  // The centre of the wish's community: a street dispatcher, or one of that community (closed without a grant).
  if (actor.roles.includes('dispatcher') && dispatchesIn(actor.grants ?? [], wish.communityId)) out.push('dispatcher');
  // own keys only: a team id like 'constructor' must not match Object.prototype
  const team = wish.teamId && Object.prototype.hasOwnProperty.call(actor.teams, wish.teamId) ? actor.teams[wish.teamId] : undefined;
  // An active membership is the relation (joining needs a registered volunteer; see volunteer.join).
  if (team) out.push('member');
  if (team === 'leader') out.push('leader');
  // 微心愿墙: any registered volunteer of the wish's community (an in-service party member reporting there too).
  if (wish.wall && actor.volunteerCommunityId !== undefined && actor.volunteerCommunityId === wish.communityId) out.push('wall');
  if (wish.activityId && actor.attending) out.push('attendee');
  if (wish.claimant && wish.claimant === actor.openid) out.push('claimant');
  // Served it before a redo (重办): may still read it (read-only; no lifecycle row lists `former`).
  else if (wish.attempts?.some((a) => a.claimant === actor.openid)) out.push('former');
  return out;
}

/**
 * Reading a wish: its owner, the centre, the team it was dispatched to, its claimant. A volunteer of the
 * wall's community or an attendee of its activity reads only the wall's card until they claim it.
 */
export function mayView(relations: readonly Relation[]): boolean {
  return relations.some((r) => r !== 'wall' && r !== 'attendee');
}
