// Generates docs/API.md: first the client's guide (scripts/api-doc-guide.ts: transport, statuses, error
// codes, the service menu, the rules behind some answers), then, from the registry
// (src/domain/schemas/index.ts), every function and action: its input and output fields (zod 4's
// z.toJSONSchema), who may call it, and the error codes it may return. Run `npm run api-doc` after
// changing a schema, a gate, a function or a rule; tests/docs/api-doc.test.ts fails while docs/API.md
// is out of date.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import type { ErrorCode } from '../src/domain/errors';
import { gateOf } from '../src/domain/policy';
import { ROLE_LABELS } from '../src/domain/roles';
import { registry, type ActionSchemas } from '../src/domain/schemas';
import { REOPEN_AT_OR_BELOW, WISH_LIFECYCLE, WISH_ACTIONS, type Relation, type WishAction } from '../src/domain/wish/machine';
import { guideSections } from './api-doc-guide';

export const API_DOC_PATH = resolve(fileURLToPath(import.meta.url), '../../docs/API.md');

/** The functions whose actions move a wish along WISH_LIFECYCLE. */
export const WISH_FUNCTIONS = ['wish', 'dispatch', 'volunteer'];

/** Every action can answer these (router: identity, input; respond: anything thrown). */
export const COMMON_ERRORS: readonly ErrorCode[] = ['INPUT.INVALID', 'AUTH.NO_IDENTITY', 'INTERNAL.ERROR'];

/**
 * The codes each action returns besides COMMON_ERRORS, read by hand from cloudfunctions/<fn>/ (and
 * _lib/wishes.ts transition, _lib/content.ts checkText, _lib/gate.ts).
 * Keyed by `fn.action`; a registry action missing here (or an entry for no action) fails the build.
 */
export const ACTION_ERRORS: Readonly<Record<string, readonly ErrorCode[]>> = {
  'user.whoami': [],
  'wish.building': ['SCENE.INVALID', 'BUILDING.NOT_FOUND'],
  'wish.places': [],
  // the wish id is derived from (OPENID, requestId): a retry lands once, nobody else's requestId collides
  'wish.submit': ['BUILDING.NOT_FOUND', 'AUTH.FORBIDDEN', 'WISH.RATE_LIMITED', 'WISH.CONTENT_RISKY', 'WISH.PRICE_NOT_AGREED'],
  'wish.mine': [],
  'wish.detail': ['WISH.NOT_FOUND'],
  'wish.cancel': [
    'WISH.NOT_FOUND',
    'AUTH.FORBIDDEN',
    'WISH.CANNOT_CANCEL',
    'WISH.CONTENT_RISKY',
    'ORDER.INVALID_TRANSITION',
    'ORDER.CHANGED',
  ],
  'wish.rate': [
    'WISH.NOT_FOUND',
    'AUTH.FORBIDDEN',
    'WISH.ALREADY_RATED',
    'WISH.CONTENT_RISKY',
    'ORDER.INVALID_TRANSITION',
    'ORDER.CHANGED',
  ],
  'dispatch.queue': ['AUTH.FORBIDDEN'],
  'dispatch.suggest': ['AUTH.FORBIDDEN', 'WISH.NOT_FOUND'],
  'dispatch.dispatch': [
    'AUTH.FORBIDDEN',
    'WISH.NOT_FOUND',
    'DISPATCH.TEAM_NOT_FOUND',
    'DISPATCH.SAME_TEAM',
    'ORDER.INVALID_TRANSITION',
    'ORDER.CHANGED',
  ],
  'dispatch.reject': ['AUTH.FORBIDDEN', 'WISH.NOT_FOUND', 'ORDER.INVALID_TRANSITION', 'ORDER.CHANGED'],
  'dispatch.award': ['AUTH.FORBIDDEN', 'WISH.NOT_FOUND', 'AWARD.NO_SERVICE', 'AWARD.BUDGET_EXHAUSTED', 'WISH.CONTENT_RISKY'],
  'volunteer.register': ['WISH.CONTENT_RISKY'],
  'volunteer.profile': [],
  'volunteer.teams': [],
  'volunteer.join': ['VOLUNTEER.NOT_REGISTERED', 'TEAM.NOT_FOUND', 'TEAM.ALREADY_MEMBER'],
  'volunteer.members': ['AUTH.FORBIDDEN'],
  // anyone but the team's leader hears TEAM.NOT_FOUND: membership ids name a person
  'volunteer.approve': ['TEAM.NOT_FOUND'],
  'volunteer.hall': [],
  // claim/assign answer ALREADY_CLAIMED both for a wrong state and for a lost compare-and-set
  // a wall wish also answers why it cannot be claimed: not registered, or a volunteer of another community
  'volunteer.claim': [
    'WISH.NOT_FOUND',
    'AUTH.FORBIDDEN',
    'ORDER.ALREADY_CLAIMED',
    'ORDER.OWN_WISH',
    'VOLUNTEER.NOT_REGISTERED',
    'WALL.NOT_COMMUNITY',
  ],
  'volunteer.assign': ['WISH.NOT_FOUND', 'TEAM.NOT_MEMBER', 'AUTH.FORBIDDEN', 'ORDER.ALREADY_CLAIMED', 'ORDER.OWN_WISH'],
  'volunteer.release': ['WISH.NOT_FOUND', 'AUTH.FORBIDDEN', 'ORDER.INVALID_TRANSITION', 'ORDER.CHANGED'],
  'volunteer.return': ['WISH.NOT_FOUND', 'AUTH.FORBIDDEN', 'WISH.CONTENT_RISKY', 'ORDER.INVALID_TRANSITION', 'ORDER.CHANGED'],
  'volunteer.plan_visit': ['WISH.NOT_FOUND', 'AUTH.FORBIDDEN', 'VISIT.DATE_PASSED', 'ORDER.INVALID_TRANSITION', 'ORDER.CHANGED'],
  'volunteer.check_in': ['WISH.NOT_FOUND', 'AUTH.FORBIDDEN', 'ORDER.INVALID_TRANSITION', 'ORDER.CHANGED'],
  'volunteer.complete': ['WISH.NOT_FOUND', 'ORDER.NOT_CLAIMANT', 'WISH.CONTENT_RISKY', 'ORDER.INVALID_TRANSITION', 'ORDER.CHANGED'],
  'volunteer.confirm_minutes': [
    'WISH.NOT_FOUND',
    'AUTH.FORBIDDEN',
    'MINUTES.NOTHING_TO_CONFIRM',
    'MINUTES.MORE_THAN_CLAIMED',
    'WISH.CONTENT_RISKY',
    'ORDER.INVALID_TRANSITION',
    'ORDER.CHANGED',
  ],
  'volunteer.passbook': [],
  'volunteer.history': [],
  'volunteer.team_orders': ['AUTH.FORBIDDEN'],
  'poster.communities': ['AUTH.FORBIDDEN'],
  'poster.poster': ['AUTH.FORBIDDEN', 'BUILDING.NOT_FOUND', 'POSTER.RETIRED', 'POSTER.CODE_FAILED'],
  'poster.batch': ['AUTH.FORBIDDEN', 'POSTER.COMMUNITY_NOT_FOUND', 'POSTER.NO_STAIRWELLS', 'POSTER.CODE_FAILED'],
  'poster.job': ['AUTH.FORBIDDEN', 'POSTER.JOB_NOT_FOUND'],
  'sheets.template': ['AUTH.FORBIDDEN'],
  'sheets.check': ['AUTH.FORBIDDEN', 'IMPORT.FILE_UNREADABLE', 'IMPORT.TOO_MANY_ROWS'],
  'sheets.apply': ['AUTH.FORBIDDEN', 'IMPORT.FILE_UNREADABLE', 'IMPORT.TOO_MANY_ROWS', 'IMPORT.HAS_PROBLEMS'],
  'sheets.job': ['AUTH.FORBIDDEN', 'JOB.NOT_FOUND'],
  'sheets.jobs': ['AUTH.FORBIDDEN'],
  'sheets.export': ['AUTH.FORBIDDEN'],
  'people.invite': ['AUTH.FORBIDDEN', 'SCOPE.NOT_FOUND', 'WISH.CONTENT_RISKY'],
  'people.invite_code': ['AUTH.FORBIDDEN', 'INVITE.NOT_FOUND'],
  'people.invitations': ['AUTH.FORBIDDEN'],
  'people.revoke_invitation': ['AUTH.FORBIDDEN', 'INVITE.NOT_FOUND', 'INVITE.USED', 'INVITE.REVOKED'],
  'people.preview': ['INVITE.NOT_FOUND'],
  'people.accept': ['INVITE.NOT_FOUND', 'INVITE.EXPIRED', 'INVITE.USED', 'INVITE.REVOKED', 'WISH.CONTENT_RISKY'],
  'people.people': ['AUTH.FORBIDDEN'],
  'people.revoke_grant': ['AUTH.FORBIDDEN', 'GRANT.NOT_FOUND', 'GRANT.LAST_ADMIN'],
  'people.audit': ['AUTH.FORBIDDEN'],
  'people.scopes': ['AUTH.FORBIDDEN'],
  'admin.places': ['AUTH.FORBIDDEN'],
  // an unknown community and one outside the caller's scope answer alike
  'admin.stairwells': ['AUTH.FORBIDDEN', 'COMMUNITY.NOT_FOUND'],
  'admin.retire_stairwell': ['AUTH.FORBIDDEN', 'BUILDING.NOT_FOUND'],
  'admin.teams': ['AUTH.FORBIDDEN'],
  'admin.team_active': ['AUTH.FORBIDDEN', 'TEAM.NOT_FOUND', 'ADMIN.CHANGED'],
  'admin.sponsors': ['AUTH.FORBIDDEN'],
  'admin.grant_budget': ['AUTH.FORBIDDEN', 'SPONSOR.NOT_FOUND'],
  'admin.shop': ['AUTH.FORBIDDEN', 'SHOP.NOT_FOUND'],
  'bank.settings': ['AUTH.FORBIDDEN'],
  'bank.set_setting': ['AUTH.FORBIDDEN', 'SETTING.CHANGED'],
  'bank.setting_history': ['AUTH.FORBIDDEN'],
  // recognition
  'bank.passbook_months': [],
  'bank.recognition': [],
  'bank.party_hours': ['AUTH.FORBIDDEN', 'COMMUNITY.NOT_FOUND'],
  'bank.reviews': ['AUTH.FORBIDDEN', 'COMMUNITY.NOT_FOUND'],
  'bank.offices': ['AUTH.FORBIDDEN'],
  'insight.dashboard': ['AUTH.FORBIDDEN', 'COMMUNITY.NOT_FOUND', 'INSIGHT.BAD_RANGE'],
  'insight.month_report': ['AUTH.FORBIDDEN', 'COMMUNITY.NOT_FOUND', 'INSIGHT.BAD_MONTH'],
  'insight.export_start': ['AUTH.FORBIDDEN', 'COMMUNITY.NOT_FOUND', 'EXPORT.BAD_RANGE', 'EXPORT.TOO_MANY_ROWS', 'EXPORT.NOT_FOUND'],
  'insight.export_step': ['AUTH.FORBIDDEN', 'EXPORT.NOT_FOUND'],
  'insight.exports': ['AUTH.FORBIDDEN'],
  'bank.prices': [],
  'bank.households': ['AUTH.FORBIDDEN', 'COMMUNITY.NOT_FOUND', 'HOUSEHOLD.OUT_OF_SCOPE'],
  'bank.set_household_tier': ['AUTH.FORBIDDEN', 'BUILDING.NOT_FOUND', 'HOUSEHOLD.OUT_OF_SCOPE'],
  'bank.quote': ['BUILDING.NOT_FOUND'],
  'bank.money_book': ['AUTH.FORBIDDEN'],
  'bank.fund_topup': ['AUTH.FORBIDDEN', 'COMMUNITY.NOT_FOUND'],
  // redeem
  'bank.rewards': [],
  'bank.reserve': [
    'VOLUNTEER.NOT_REGISTERED',
    'REDEEM.WINDOW_CLOSED',
    'REDEEM.ITEM_NOT_FOUND',
    'REDEEM.OUT_OF_STOCK',
    'REDEEM.NOT_ENOUGH_POINTS',
  ],
  'bank.my_reservations': [],
  'bank.cancel_reservation': ['REDEEM.NOT_FOUND', 'REDEEM.ALREADY_REDEEMED', 'REDEEM.NOT_HELD'],
  'bank.shop_items': ['AUTH.FORBIDDEN', 'SHOP.NOT_FOUND'],
  'bank.save_item': ['AUTH.FORBIDDEN', 'SHOP.NOT_FOUND', 'REDEEM.ITEM_NOT_FOUND', 'REDEEM.ITEM_CHANGED', 'WISH.CONTENT_RISKY'],
  'bank.lookup_code': ['AUTH.FORBIDDEN', 'SHOP.NOT_FOUND', 'REDEEM.NOT_FOUND'],
  'bank.redeem': ['AUTH.FORBIDDEN', 'SHOP.NOT_FOUND', 'REDEEM.NOT_FOUND', 'REDEEM.ALREADY_REDEEMED', 'REDEEM.NOT_HELD'],
  'bank.shop_statement': ['AUTH.FORBIDDEN', 'SHOP.NOT_FOUND'],
  'bank.statement_export': ['AUTH.FORBIDDEN', 'SHOP.NOT_FOUND'],
  // ledger
  'bank.accounts': ['AUTH.FORBIDDEN'],
  'bank.account_entries': ['AUTH.FORBIDDEN'],
  'bank.correct': [
    'AUTH.FORBIDDEN',
    'WISH.CONTENT_RISKY',
    'BANK.ENTRY_NOT_FOUND',
    'BANK.NOT_CORRECTABLE',
    'BANK.ALREADY_CORRECTED',
    'BANK.CORRECTION_BELOW_FLOOR',
  ],
  'bank.waiting_credits': ['AUTH.FORBIDDEN'],
  'bank.verify': ['AUTH.FORBIDDEN'],
  'bank.office_grant': ['AUTH.FORBIDDEN', 'BANK.STREET_NOT_FOUND', 'BANK.COMMUNITY_NOT_FOUND', 'BANK.OFFICE_SHORT'],
  'bank.bonus': ['AUTH.FORBIDDEN', 'VOLUNTEER.NOT_REGISTERED', 'BANK.STREET_NOT_FOUND', 'BANK.OFFICE_SHORT', 'WISH.CONTENT_RISKY'],
  // sponsors
  'admin.create_sponsor': ['AUTH.FORBIDDEN'],
  'admin.update_sponsor': ['AUTH.FORBIDDEN', 'SPONSOR.NOT_FOUND', 'SPONSOR.CHANGED'],
  'admin.edit_shop': ['AUTH.FORBIDDEN', 'SHOP.NOT_FOUND', 'SHOP.CHANGED', 'WISH.CONTENT_RISKY'],
  // SLA: the weekly service day (服务日)
  'dispatch.schedule_service_day': [
    'WISH.NOT_FOUND',
    'AUTH.FORBIDDEN',
    'ORDER.ALREADY_SCHEDULED',
    'ORDER.INVALID_TRANSITION',
    'ORDER.CHANGED',
  ],
  // visit orders (巡访单)
  'visit.my_visits': ['VOLUNTEER.NOT_REGISTERED'],
  'visit.record': ['VOLUNTEER.NOT_REGISTERED', 'VISIT.NOT_FOUND', 'VISIT.ALREADY_RECORDED', 'ORDER.CHANGED', 'WISH.CONTENT_RISKY'],
  'visit.to_wish': [
    'VOLUNTEER.NOT_REGISTERED',
    'VISIT.NOT_FOUND',
    'VISIT.NO_NEED',
    'VISIT.ALREADY_WISHED',
    'BUILDING.NOT_FOUND',
    'BUILDING.RETIRED',
    'WISH.PRICE_NOT_AGREED',
    'WISH.CONTENT_RISKY',
    'WISH.RATE_LIMITED',
  ],
  'visit.quote': ['VOLUNTEER.NOT_REGISTERED', 'VISIT.NOT_FOUND', 'VISIT.NO_NEED', 'VISIT.ALREADY_WISHED'],
  // the elders' registry and its board (visit)
  'visit.elders': ['AUTH.FORBIDDEN', 'COMMUNITY.NOT_FOUND', 'ELDER.OUT_OF_SCOPE'],
  'visit.elder': ['ELDER.NOT_FOUND'],
  'visit.save_elder': [
    'AUTH.FORBIDDEN',
    'COMMUNITY.NOT_FOUND',
    'ELDER.OUT_OF_SCOPE',
    'ELDER.NOT_FOUND',
    'ELDER.CHANGED',
    'ELDER.RETIRED',
    'ELDER.VOLUNTEER_NOT_FOUND',
  ],
  'visit.retire_elder': ['AUTH.FORBIDDEN', 'ELDER.NOT_FOUND', 'ELDER.OUT_OF_SCOPE', 'ELDER.CHANGED', 'ELDER.RETIRED'],
  'visit.elder_template': ['AUTH.FORBIDDEN'],
  'visit.elder_check': ['AUTH.FORBIDDEN', 'COMMUNITY.NOT_FOUND', 'ELDER.OUT_OF_SCOPE', 'IMPORT.FILE_UNREADABLE', 'IMPORT.TOO_MANY_ROWS'],
  'visit.elder_import': [
    'AUTH.FORBIDDEN',
    'COMMUNITY.NOT_FOUND',
    'ELDER.OUT_OF_SCOPE',
    'IMPORT.FILE_UNREADABLE',
    'IMPORT.TOO_MANY_ROWS',
    'IMPORT.HAS_PROBLEMS',
  ],
  'visit.elder_import_job': ['AUTH.FORBIDDEN', 'JOB.NOT_FOUND'],
  // the weekly digest
  'dispatch.digest': ['AUTH.FORBIDDEN', 'DIGEST.NOT_STAFF'],
  // 微心愿墙 and folding a wish into an activity
  'dispatch.publish_to_wall': ['AUTH.FORBIDDEN', 'WISH.NOT_FOUND', 'WALL.NO_CONSENT', 'ORDER.INVALID_TRANSITION', 'ORDER.CHANGED'],
  'dispatch.attach_to_activity': [
    'AUTH.FORBIDDEN',
    'WISH.NOT_FOUND',
    'ACTIVITY.NOT_FOUND',
    'ACTIVITY.WRONG_COMMUNITY',
    'ACTIVITY.ENDED',
    'ORDER.INVALID_TRANSITION',
    'ORDER.CHANGED',
  ],
  'volunteer.wall': ['VOLUNTEER.NOT_REGISTERED'],
  // activities (活动)
  'activity.publish': ['ACTIVITY.NOT_ORGANISER', 'ACTIVITY.BAD_TIMES', 'WISH.CONTENT_RISKY'],
  'activity.list': [],
  'activity.detail': ['ACTIVITY.NOT_FOUND'],
  'activity.sign_up': ['VOLUNTEER.NOT_REGISTERED', 'ACTIVITY.NOT_FOUND', 'ACTIVITY.SIGNUP_CLOSED', 'ACTIVITY.ALREADY_SIGNED_UP'],
  'activity.withdraw': ['ACTIVITY.NOT_FOUND', 'ACTIVITY.NOT_SIGNED_UP', 'ACTIVITY.WITHDRAW_CLOSED'],
  'activity.code': ['ACTIVITY.NOT_FOUND', 'ACTIVITY.NOT_ORGANISER', 'ACTIVITY.ALREADY_CLOSED'],
  'activity.scan': [
    'VOLUNTEER.NOT_REGISTERED',
    'ACTIVITY.NOT_FOUND',
    'ACTIVITY.CODE_INVALID',
    'ACTIVITY.CODE_EXPIRED',
    'ACTIVITY.NOT_SIGNED_UP',
    'ACTIVITY.NOT_STARTED',
    'ACTIVITY.ENDED',
    'ACTIVITY.ALREADY_CHECKED_OUT',
    'ACTIVITY.CHANGED',
  ],
  'activity.correct_times': [
    'ACTIVITY.NOT_FOUND',
    'ACTIVITY.NOT_ORGANISER',
    'ACTIVITY.NOT_SIGNED_UP',
    'ACTIVITY.ALREADY_CLOSED',
    'ACTIVITY.CHANGED',
    'WISH.CONTENT_RISKY',
  ],
  'activity.close': [
    'ACTIVITY.NOT_FOUND',
    'ACTIVITY.NOT_ORGANISER',
    'ACTIVITY.NOT_ENDED',
    'ACTIVITY.ALREADY_CLOSED',
    'ACTIVITY.BUDGET_SHORT',
    'ACTIVITY.CHANGED',
  ],
  'activity.cancel': ['ACTIVITY.NOT_FOUND', 'ACTIVITY.NOT_ORGANISER', 'ACTIVITY.ALREADY_CLOSED', 'ACTIVITY.CHANGED', 'WISH.CONTENT_RISKY'],
  'activity.upcoming': [],
  'activity.will_come': ['ACTIVITY.NOT_FOUND', 'ACTIVITY.ENDED'],
  'cert.issue': ['VOLUNTEER.NOT_REGISTERED', 'CERT.BAD_PERIOD', 'CERT.NO_HOURS', 'CERT.ID_MISMATCH'],
  'cert.mine': [],
  'cert.verify': ['CERT.NOT_FOUND'],
};

/** Access rules a function applies beyond GATES and WISH_LIFECYCLE (read from its code). */
export const ACCESS_NOTES: Readonly<Record<string, string>> = {
  'wish.submit':
    "`proxy: true` (filing for someone else) needs the `helper` or `dispatcher` role; otherwise `AUTH.FORBIDDEN`. With it, `helper` and `proxyConsent: true` are required, and `noPhone` records the helper's phone as the way to reach the elder. The room must fit what the building's code fixes (`fixes`), else `INPUT.INVALID` on `room`. A priced category (repairs at cost) needs `agreedFen`, the amount the form showed (`bank.quote`'s `payFen`): a quote above it, or none sent, is `WISH.PRICE_NOT_AGREED` and nothing is written; a lower quote is filed as it is.",
  'wish.detail':
    'Only the owner, the claimant, a dispatcher and the team it was dispatched to (mayView); anyone else gets `WISH.NOT_FOUND`.',
  'wish.mine': 'Lists the wishes the caller filed.',
  'wish.places': 'Public reference data (names and hotlines), cached per instance: to choose a stairwell without a code.',

  'dispatch.queue': 'Lists wishes waiting at the centre (`submitted`, `returned`, `reopened`), due first.',
  'volunteer.register': 'Grants the caller the `volunteer` role; an unknown `communityId` answers `INPUT.INVALID`.',
  'volunteer.join': 'Without the `volunteer` role the answer is `VOLUNTEER.NOT_REGISTERED`; the membership starts `pending`.',
  'volunteer.members': 'Only an active leader of the team.',
  'volunteer.team_orders': 'Only an active leader of the team.',
  'volunteer.history': 'Your own services only (the wishes you completed).',
  'dispatch.award': 'Once per served attempt: a repeat answers `created: false` and pays nothing.',
  'volunteer.approve': "Only an active leader of the applicant's team.",
  'volunteer.hall': "`open`: orders dispatched to the caller's active teams; `mine`: orders the caller holds.",
  'volunteer.assign': "`membershipId` must be an active member of the wish's team, else `TEAM.NOT_MEMBER`.",
  'volunteer.plan_visit':
    '约定上门: the claimant writes down the day (`date`, not before today in Asia/Shanghai, else `VISIT.DATE_PASSED`) and time window agreed with the resident; again to change it. The status stays `claimed`; the wish shows `plannedVisit` to the owner and staff; releasing or returning the order clears it. No subscribe message is sent (no template): the resident sees it on the detail page.',
  'volunteer.complete': 'Anyone but the claimant gets `ORDER.NOT_CLAIMANT`.',
  'poster.communities':
    "The communities the caller makes posters for: an admin all of the deployment's, a dispatcher those of their grants (a street grant: all), each with its stairwells (`retired` ones get no poster).",
  'poster.poster':
    "A dispatcher only for a stairwell of their communities (`AUTH.FORBIDDEN`). The stairwell's code is made once with `wxacode.getUnlimited` (scene = the code, page `pages/index/index`), kept at `qrcodes/<code>.png` and reused. The PDF is stored at `posters/<code>.pdf`; `url` is a temporary download URL.",
  'poster.batch':
    'One A4 page per active stairwell of the community. Each call renders one more chunk (10 pages) and answers the progress; call again until `status` is `done`, then `file` holds the PDF. The same community with the same pages continues (or, done, hands out again) the same job.',
  'poster.job':
    "The progress of a batch, for whoever started it or may make that community's posters; anyone else gets `POSTER.JOB_NOT_FOUND`.",
  'sheets.check':
    'The dry run: reads the uploaded sheet (a fileID under `imports/`, `.xlsx` or `.csv`) and checks every row against the file and what is stored; writes nothing. `problems` (row, column, a Chinese sentence) or, when there are none, `summary`: the documents apply would create, update or leave unchanged.',
  'sheets.apply':
    "Checks the file again and starts an import job (or continues this caller's running job of the same file): the documents to write are staged, then committed in chunks; a job stopped before its commit point leaves nothing, one stopped after it is finished by the next `job` call. A file with problems answers `IMPORT.HAS_PROBLEMS` and writes nothing; the same file over the same data is the same job; importing it again changes nothing (`total: 0`).",
  'sheets.job':
    "Continues the caller's running import by one chunk and answers its progress (`done` of `total` documents); `IMPORT.STALE` in `error` when a job stopped before its commit point and the file or the data changed since. Someone else's job answers `JOB.NOT_FOUND`.",
  'sheets.jobs': "The caller's ten most recent imports, newest first (a reopened page resumes a running one).",
  'sheets.export':
    "The stored places, teams or volunteers in the import sheet's shape (with the 编号 columns), as XLSX (default) or CSV: export → edit → import round-trips.",
  'sheets.template': 'The import template of one kind: the Chinese headers (required ones marked 必填) and one example row, as XLSX.',
  'people.invite':
    'The role must take the scope (`ROLE_SCOPES`: admin → street; dispatcher → street or community; leader → team; merchant → shop; helper → community), else `INPUT.INVALID` on `scope`; the scope must exist, else `SCOPE.NOT_FOUND` (a shop id that does not exist yet is made with `shopName`). The `token` is answered once: only its sha256 is stored (the invitation id). Expires after `days` (default 7, at most 30).',
  'people.invite_code': 'The mini-program code (wxacode.getUnlimited, scene = the token) of the invitation page, as a PNG in base64.',
  'people.preview': 'Anyone holding the token reads what it grants, who invites and its status (`expired` once past `expiresAt`).',
  'people.accept':
    'Anyone signed in holding the token, once (with the name admins will know them by, content-checked): adds the grant to `users.grants` and the role to `users.roles`; a leader invitation also makes the caller the active leader of that team. A second accept (by anyone) is `INVITE.USED`.',
  'people.revoke_grant':
    'Removes the grant, and the role name when no grant of that role remains (without `scope`: a role held by name alone). A leader grant revoked leaves the person an ordinary member. The last admin cannot remove their own admin role (`GRANT.LAST_ADMIN`).',
  'people.people':
    'Everyone holding a scoped role: `personId` (the OPENID, for revoke_grant), name from the volunteer registration, phone masked.',
  'people.audit': 'Every invitation, acceptance and revocation, newest first: who, whom, what, when, why.',
  'admin.places':
    'An admin sees the whole deployment (one street office); a dispatcher the communities of their grants (`dispatcherCommunities`: a street grant sees all, none without a grant). Estates come with their stairwell counts; the stairwells themselves are paged by `admin.stairwells`.',
  'admin.stairwells':
    "20 a page. Without `search`, in code order; `search` is the start of a code (letters, digits, 「-」: `b-00` finds B-0012) or of a stairwell's or estate's name (3栋, 翠湖), shown by estate then code. Each is one read on a declared index examining only the page or the matches. A community outside the caller's scope answers `COMMUNITY.NOT_FOUND`, as an unknown one.",
  'admin.retire_stairwell':
    'Marks the stairwell retired (its code is never reused; a scan of its poster answers `BUILDING.RETIRED`). Retiring it again answers `changed: false`.',
  'admin.teams':
    "Every team, active or not, in tree order (`depth`; children by level, then name). Leaders' names are masked (王**); no phones. A community dispatcher sees the teams covering their communities.",
  'admin.team_active':
    'A compare-and-set on the current value: the same value answers `changed: false`; a change made meanwhile `ADMIN.CHANGED`.',
  'admin.sponsors': "Sponsors' budget accounts with their stored balances (equal to the journal's) and the communities each pays for.",
  'admin.grant_budget':
    'One balanced `budget_grant` journal entry (head office → sponsor) with who entered it and why, in a transaction; its id is `grant:<sponsorId>:<requestId>`, so a repeat (a double tap, a retry) answers `created: false` and grants nothing. Then it pays the credits waiting for that budget (等待预算), oldest first, until one does not fit (`released`: how many).',
  'admin.shop': "The shop of the caller's merchant grant (`users.grants`, scope `shop`); without one `SHOP.NOT_FOUND`.",
  'bank.settings':
    'Every key of `SETTINGS` (src/domain/settings.ts) with the value in force (the default until changed: version 0) and its label.',
  'bank.set_setting':
    "A compare-and-set on `version` (the one the admin saw; a change made meanwhile is `SETTING.CHANGED`). The value is validated by its key's schema; the change and who made it, when and why go to `settingsLog` in the same transaction. It applies from then on: nothing booked before is recomputed.",
  'bank.setting_history': "One key's changes, newest first, with who (their name), when and why.",
  // recognition
  'bank.passbook_months':
    "The caller's own passbook only: each business month (Asia/Shanghai) of `year` up to now with opening, in, out, closing and minutes, walking back from the stored balance; `minutesThisYear` is that year's service minutes. Reads at most 5,000 entries of the passbook since the year began (`partial` beyond), on index accounts_1_at_-1.",
  'bank.recognition':
    "The caller's own star level (derived on read from the passbook's minutes, residents' ratings and settings `stars`), badges earned with dates and the next ones with progress, this year's minutes and, for a party member, the requirement (settings `reviews.partyHours`). Reads at most 5,000 passbook entries and 2,000 served wishes (`partial` beyond).",
  'bank.party_hours':
    "Party members of the caller's communities (an admin or a street dispatcher: every community; a community dispatcher: their own; `communityId` outside that is `COMMUNITY.NOT_FOUND`) with this year's service minutes, those below the requirement first; names shown, phones masked. 20 a page.",
  'bank.reviews':
    "`month`: the month's redemptions confirmed at the counter (reservations `redeemed` by `redeemedAt`); `quarter` / `year`: the top volunteers by points earned (service, bonus, corrections) and minutes, per community and (street staff only) for the street, flagged from settings `reviews.flagPoints`. Scoped as party_hours. Reads at most 20,000 journal entries or reservations of the period (`partial` beyond).",
  'insight.export_start':
    "导出: records the export (`exportRecords`: who, kind, format, scope, range, whether personal data is in it) and opens its job (`jobs`, kind `export`; one count request, no rows read yet). `kind` wishes (by filing time), hours (per volunteer, from the ledger's `service` entries), activities (by start), visits (by due time) or ledger (every journal entry; admins only, else `AUTH.FORBIDDEN`), for the business days `fromDate`..`toDate` (at most 366, else `EXPORT.BAD_RANGE`) and the caller's communities (an admin: the street; a dispatcher: their grants'; `communityId` outside is `COMMUNITY.NOT_FOUND`); more than 50,000 rows is `EXPORT.TOO_MANY_ROWS`. Names, phones and rooms are in full only when `personal` is asked for and the caller keeps the households of every community in scope (`keepsHouseholdsOf`); otherwise masked, and the answer's `personal` says which. The same `requestId` answers the same export.",
  'insight.export_step':
    "One chunk of an export (500 documents after the saved cursor, read by a declared index; the cursor saved with compare-and-set on the job's version); the call that reads the end writes the XLSX (exceljs) or CSV (UTF-8 with a BOM, formula-like cells prefixed with ') to `exports/<jobId>.<format>` and answers its `file` (fileID, a temporary URL, rows). Only who started it (an admin: anyone's); another's is `EXPORT.NOT_FOUND`. A finished export answers its file again with a fresh URL.",
  'insight.exports':
    "The export records, newest first, 20 a page: the caller's (an admin: everyone's), each with who (名字), the range, scope, whether personal data was in it, its progress or its rows.",
  'insight.dashboard':
    "数据看板: the figures of each filing month `fromMonth`..`toMonth` (at most 24, not after the current business month, else `INSIGHT.BAD_RANGE`) for the caller's communities (an admin or a street dispatcher: the street; a community dispatcher: their own; `communityId` outside that is `COMMUNITY.NOT_FOUND`): counts by status, category, community, stairwell and team, the 三率 as numerator and denominator, the medians to dispatch, claim and complete, minutes served, volunteers registered and active, activities held and their attendance, visits due against done, and each figure's definition (src/domain/insight/definitions.ts); `party`: this year's party members below the required hours per branch (community), live; `communities`: the communities the caller may pick. A month settled 7 days after it ended is kept as a write-once snapshot (`frozenAt`) made the first time it is asked for (one made before the figures beyond wishes gets them added once); later months are live, a few aggregate reads per month (indexes createdAt_1, communityId_1_createdAt_1 on wishes; category_1_at_1, communityId_1, communityId_1_status_1_endAt_1, activityId_1_status_1_seq_1, communityId_1_status_1_dueAt_1; up to 50,000 wishes a month).",
  'insight.month_report':
    "月报: one filing `month` (not after the current business month, else `INSIGHT.BAD_MONTH`), scoped as insight.dashboard, as an A4 PDF and an XLSX (sheets 概况, 分类, 社区, 队伍, 近六个月, 典型案例): title 「<street/community> YYYY年M月 微心愿工作月报」, the period, counts by status, category, community and team, the 三率 with their definitions, the medians, hours served, a bar chart of the last six months filed vs served, and up to 5 典型案例 (served, rated 5★, `wallConsent`) showing category, community, team, dates and the description with the resident's and helper's names replaced and every digit run masked (cut to 60 characters) — never a name, phone, room, stairwell code or OPENID; generated at, by which system, page numbers. The month's figures are the dashboard's (the same snapshot or live read); files at `reports/<month>/<scope>.pdf|.xlsx` with temporary URLs. A settled month's files are made once and recorded in `monthlyReports` (`reused: true` after); an unsettled month is made afresh each time unless a retry carries the same `requestId`.",
  'bank.offices':
    "Savings-office (储蓄所 = community) stars for `year`, the caller's communities only: five indicators (registered volunteers, service hours, distinct wishes served, points redeemed, shops) each with its value and the stars it earns against settings `offices`; the level is their average rounded down.",
  'bank.prices': 'The categories that carry a price (settings key `prices`, in fen); every other category is free.',
  'bank.households':
    "A community's recorded household tiers, the latest changed first, with who recorded each (their name). For the community's helpers and dispatchers (a street dispatcher: every community) and the street's admins; anyone else `HOUSEHOLD.OUT_OF_SCOPE`. No names or phones: a household is its stairwell code and room.",
  'bank.set_household_tier':
    "Records a tier for the room behind a stairwell code (normalised: `0502` is `502`), with a note; the change (from, to, who, when, note) goes to `householdsLog` in the same transaction. Scope as for `bank.households`, on the stairwell's community. The room must fit what the code fixes, else `INPUT.INVALID` on `room`.",
  'bank.quote':
    "What THAT household pays for the category (the prices in force, the household's recorded tier; no record is an ordinary household): the amount in fen and its basis (`discount` 优惠价, `material` 材料费, `free`), never the tier's name. `priced: false` for a free category. `wish.submit` fixes the same quote on the wish.",
  'bank.money_book':
    "The money book (fen), apart from the points: every community fund's balance, how many served priced wishes wait for a short fund, and the entries newest first (one community's with `communityId`).",
  'bank.fund_topup':
    "Money into a community's fund from outside (`outside:grants` → `fund:<communityId>`), with who and why; its id is `topup:<requestId>`, so a repeat adds nothing. Waiting settlements go through at the next hourly timer run.",
  // redeem
  'bank.rewards':
    "Items of every shop that are active and in stock (one index read, by shop then points), with the shop's name and community, the caller's passbook balance and the monthly window (`window.open`; closed: `opensOn`, the China date it opens).",
  'bank.reserve':
    "Needs a registered volunteer (`volunteers/{openid}`). ONE transaction: the item (active, stock ≥ 1), the hold entry through postIn (passbook → `hold:<reservationId>`; below zero refuses `REDEEM.NOT_ENOUGH_POINTS`), the stock minus one, the reservation and its six digits (unique among the shop's held reservations; a clash retries with new digits). The reservation id is derived from the caller and `requestId`, so a retry answers the same reservation with `created: false`. Outside the monthly window `REDEEM.WINDOW_CLOSED`. Expires `holdHours` later (settings `redemption`).",
  'bank.my_reservations':
    "The caller's reservations, newest first. The QR `token` and the six `digits` only on held ones not yet past their time, and only to their owner.",
  'bank.cancel_reservation':
    "The owner only (another's reads as `REDEEM.NOT_FOUND`), while held: points back to the passbook, one back to the stock, the digits freed, in one transaction.",
  'bank.shop_items': "The items of the caller's shop (the merchant grant's), newest first.",
  'bank.save_item':
    "Without `itemId` (version 0): a new item of the caller's shop. With it: a compare-and-set on `version` (a reservation or another edit meanwhile: `REDEEM.ITEM_CHANGED`); another shop's item reads as `REDEEM.ITEM_NOT_FOUND`. Inactive or out of stock leaves the catalogue.",
  'bank.lookup_code':
    "Six digits (among the shop's held reservations) or the QR token (by its sha256) → the reservation of the caller's shop, with the volunteer's name masked (王**). Another shop's code reads as `REDEEM.NOT_FOUND`.",
  'bank.redeem':
    "核销: ONE transaction, held → redeemed, the hold entry's points to `merchant:<shopId>` (a zero line names the passbook, which lists 已核销), the digits freed. Only the caller's own shop's reservation (else `REDEEM.NOT_FOUND`); a second confirmation answers `REDEEM.ALREADY_REDEEMED`; expired or cancelled `REDEEM.NOT_HELD`.",
  'bank.shop_statement':
    "月结账单: the caller's shop's confirmed redemptions in the month (China time), in order, with the count and total points.",
  'bank.statement_export':
    "The month's statement as an XLSX file (Chinese headers, a total row) in cloud storage: its `fileID` and a temporary download `url`.",
  // ledger
  'bank.accounts': 'Accounts of one kind in `_id` order with their stored balances and minutes, 20 a page (index `kind_1__id_1`).',
  'bank.account_entries':
    "Any account's journal entries, newest first (index `accounts_1_at_-1`), with this account's change, who entered each (their name) and why, and whether it was reversed already.",
  'bank.correct':
    "A reversing entry (`reversal:<entryId>`, category correction) with who and why, posted through the posting rule: an account that would go below its floor refuses it (`BANK.CORRECTION_BELOW_FLOOR`, nothing written). Reversals and a reservation's entries are not corrected (`BANK.NOT_CORRECTABLE`); the same request again answers `created: false`, another request for a reversed entry `BANK.ALREADY_CORRECTED`.",
  'bank.waiting_credits':
    "Credits waiting for their sponsor's budget (等待预算), oldest first, one sponsor's or all, with the sponsor's balance now. `admin.grant_budget` pays them in order.",
  'bank.verify':
    'Recomputes every balance and passbook minutes from the whole journal (read 1000 a page) and lists differences with the stored accounts, unbalanced entries and accounts below their floor (at most 50 each).',
  'bank.office_grant':
    "Head office → a street's branch (分行), or a branch → one of its communities' savings office (储蓄所): one `office_grant` entry, id `allot:<account>:<requestId>`; the payer cannot go below 0 (`BANK.OFFICE_SHORT`).",
  'bank.bonus':
    "A bonus (奖励积分, category bonus) from the volunteer's savings office or its branch to their passbook; id `bonus:<volunteerId>:<requestId>`; the office cannot go below 0.",
  // sponsors
  'admin.create_sponsor':
    'A sponsor (its budget account `sponsor:<sponsorId>`, kind sponsor) with a name, a source (政府买单 `government`, 包联单位 `partner`, 爱心企业 `enterprise`, 社会捐赠 `donation`, 居民自筹 `residents`) and a note, opened at balance 0: points arrive only by `admin.grant_budget`. The id derives from `requestId`: the same request again answers `created: false`.',
  'admin.update_sponsor':
    'Renames a sponsor or changes its source and note, against the `version` read (`SPONSOR.CHANGED` if someone changed it since; nothing written). The balance is not touched.',
  'admin.edit_shop':
    "The caller's own shop (its merchant grant's; never named in the event): address, opening hours and introduction, content-checked (msgSecCheck, `WISH.CONTENT_RISKY`) and saved against the `version` read (`SHOP.CHANGED`).",
  // SLA: the weekly service day (服务日)
  'dispatch.schedule_service_day':
    "服务日: the centre of the wish's community, or the active leader of the team it was dispatched to (its resident or a team member: `AUTH.FORBIDDEN`; anyone with no relation to it: `WISH.NOT_FOUND`), puts a wish not yet served (`submitted`, `returned`, `reopened`, `dispatched`, `claimed`) into its community's next weekly service day after today (`communities.serviceDay`, else settings `calendar.serviceDay`; a day in the holiday list is skipped). `dueAt` becomes that day's end of work (settings `calendar.dayEnd`, Asia/Shanghai) and `serviceDay` its date; the status stays, and the history entry records the day. The same day again is `ORDER.ALREADY_SCHEDULED`.",
  // visit orders (巡访单)
  'visit.my_visits':
    "The caller's visit orders still to make, due within the last 30 days or later (planned, and missed ones a late call may still record): those naming the caller (定点到人) and the pools of the caller's active teams, due soonest first (`overdue` past the due day), 20 a page. The elder's name, room, phone and guardian are shown because only the order's named volunteer or a member of its team ever sees it.",
  'visit.record':
    "The outcome (平安 `safe` / 需要帮助 `needs_help` / 联系不上 `unreachable`) and a note (content-checked) of a planned or missed order, by its named volunteer or a member of its team (anyone else: `VISIT.NOT_FOUND`); compare-and-set on the order (`ORDER.CHANGED`). The same `requestId` again answers the first recording; another is `VISIT.ALREADY_RECORDED`. Updates the elder's board fields; a second 联系不上 in a row alerts the community's dispatchers and helpers at once (`escalated: true`).",
  'visit.to_wish':
    "转为心愿: files a wish for the elder of an order recorded 需要帮助, through `wish.submit`'s own path, as a 帮办 wish (`proxy`, the elder's phone or guardian's as contact or `noPhone`, the caller's volunteer name and phone as `helper`, the registry's consent as `proxyConsentAt`), and links it on the order (`wishId`). The order authorises it: the caller needs no helper role, only the order's relation. The wish id derives from (caller, `requestId`): a retry answers the same wish; another wish for the same order is `VISIT.ALREADY_WISHED`. The caller is the filer and so cannot claim it (`ORDER.OWN_WISH`). A priced category (repairs at cost) needs `agreedFen`, the amount `visit.quote` showed, which the volunteer tells the elder: a quote above it, or none sent, is `WISH.PRICE_NOT_AGREED` and nothing is written.",
  'visit.quote':
    "The elder's household's quote for a category, as `bank.quote` answers it (`priced`, `payFen`, `basis`), worded for the volunteer to tell the elder (「老人需支付 …」): the visit order gives the building and room, which the volunteer may not know. Only whoever may file the order's wish now (its named volunteer or a member of its team, on an order recorded 需要帮助 and not yet a wish); anyone else `VISIT.NOT_FOUND`.",
  // the elders' registry and its board (visit)
  'visit.elders':
    "The community's staff (its helpers and dispatchers, the street's dispatchers and admins: `keepsHouseholdsOf`); another community answers `ELDER.OUT_OF_SCOPE`. Active elders, overdue first (`nextDueAt` ascending), by one `tag` and/or one `volunteerKey`; each filter on its own index, so a page examines at most the page and one more. No phone, room or guardian on the board; volunteers are named by an opaque key, never an OPENID.",
  'visit.elder':
    "The community's staff see everything (with the consent); the elder's named volunteer sees the contact (name, room, phones, guardian) but not the consent; anyone else gets `ELDER.NOT_FOUND`, as for an unknown elder.",
  'visit.save_elder':
    "The community's staff. A new elder (with `requestId`: a retry adds one) is due at once (`nextDueAt` = now) with `unreachableStreak: 0`; an edit (with `elderId` and the `version` read) is compare-and-set (`ELDER.CHANGED`) and writes the registry's fields only, never the board's. Aged 60+ in business time, consent day not after today, the stairwell of the community and a room it takes, else `INPUT.INVALID` on the field.",
  'visit.retire_elder':
    "The community's staff, at the `version` read (`ELDER.CHANGED`): the elder leaves the board and the plans, kept with the reason; a retired elder is never edited (`ELDER.RETIRED`).",
  'visit.elder_template': "The community's staff: the elders' sheet (巡访对象导入模板.xlsx) with its Chinese columns and an example row.",
  'visit.elder_check':
    "The community's staff; the dry run of a sheet against the community (its stairwells, registered volunteers and elders): every problem in Chinese, or what an import would do. Writes nothing.",
  'visit.elder_import':
    "The community's staff. A job like `sheets.apply`: checked again, staged, one commit point, then chunks of 200 elders a call; the same file still running continues its job; the same file over the same elders is the same job; the hourly timer finishes a job nobody continued.",
  'visit.elder_import_job':
    'The job of the caller only (`JOB.NOT_FOUND` for anyone else): continues it by one chunk and answers its progress.',
  // 微心愿墙 and folding a wish into an activity
  'dispatch.publish_to_wall':
    "微心愿墙: the centre of the wish's community publishes a wish waiting at the centre (`submitted`, `returned`, `reopened`) to its community's wall instead of one team, only when the resident agreed when filing (`wallConsent`, else `WALL.NO_CONSENT`). It becomes `dispatched` with `wall: true` and no team; any registered volunteer of that community (`volunteers.communityId`, in-service party members reporting there included) may then claim it (`volunteer.claim`, first claim wins); a release puts it back on the wall; a `dispatch` to a team takes it off. The resident is told (subscribe message).",
  'dispatch.attach_to_activity':
    "The service day's activity: the centre of the wish's community folds a wish waiting at the centre into an activity of the same community (`ACTIVITY.WRONG_COMMUNITY` otherwise) that is `published` and not ended (missing, closed or cancelled: `ACTIVITY.NOT_FOUND`; ended: `ACTIVITY.ENDED`). The wish becomes `dispatched` with `activityId`, due at the activity's end, and its history records the activity; the activity's `wishIds` gets the id after the wish's compare-and-set (a set: the same call again answers done and adds it if that second write was lost). Volunteers signed up (`signed_up`, `checked_in`, `checked_out`) may claim it; each wish keeps its own lifecycle.",
  'volunteer.wall':
    "The wall of the caller's own community (from their volunteer registration; the `volunteer` role without one: `VOLUNTEER.NOT_REGISTERED`): wishes on the wall waiting for a claim, longest on the wall first, 20 a page, one indexed read. A card holds the community's name, the kind of help, the wish text (content-checked at filing), when it was filed, put on the wall and is due: never a name, phone, stairwell or room. The claimant sees the contact on the order (`wish.detail`) after the claim.",
  // the weekly digest
  'dispatch.digest':
    "周报 over the 7 days up to now. Without `teamId`: a dispatcher's communities (a street dispatcher: all), or, for someone who is not a dispatcher, the first team they actively lead; with `teamId`: a team the caller actively leads (else `AUTH.FORBIDDEN`), with the orders escalated to it (`escalatedTo`). Neither a dispatcher nor a leader: `DIGEST.NOT_STAFF`. Overdue (open, past `dueAt`), reopened (for a team: sent back from it), unrated (completed) each as a count up to 100 and the first 10 (kind, status, due time, 升级/催办 markers; no name, phone or room); idle volunteers (active members with no service in `idleDays`, settings `escalation`; masked names, `partial` beyond 200 members or 500 services); visits missed (`visits` with status `missed` due in the period). Each read is one bounded page on an index.",
  // activities (活动): organisers are whoever published it, a dispatcher whose grants cover its community, the active leader of its team
  'activity.publish':
    "A dispatcher of `communityId`, or the active leader of `teamId` (an active team covering the community); anyone else `ACTIVITY.NOT_ORGANISER`. An unknown community, a team not serving it or a sponsor without an account: `INPUT.INVALID`. Times: `endAt` after `startAt`, `startAt` in the future, `signUpBy` and `withdrawBy` (default `signUpBy`) not after `startAt`, else `ACTIVITY.BAD_TIMES`. Title, content and address are content-checked. `sponsorId` defaults to the community's sponsor. The id derives from (caller, `requestId`): a retry answers the same activity.",
  'activity.list':
    "`community`: published activities of `communityId` (default: the caller's own as a registered volunteer) not yet ended, soonest to end first; `mine`: the caller's sign-ups, newest first; `organising`: activities of the dispatcher's communities (a street dispatcher: all), of the teams the caller leads and published by the caller, newest first. 20 a page. No personal data; `mine` is the caller's own sign-up, `organising` whether the caller organises it.",
  'activity.detail':
    "Anyone signed in reads the activity. Its organisers also get the roster (names and phones masked, each row named by a one-way key of the volunteer: the `signUpId` for `correct_times`); organisers and volunteers with a place get the wishes folded into it (category, text, status, whether the caller holds the claim). `mySignUp.position` is the place on the waiting list. The check-in code's key never leaves the function.",
  'activity.sign_up':
    'One transaction over the activity and the sign-up: a place while `signedUp < quota`, else the waiting list with the next number (`position`: the place in line). After `signUpBy` or once closing/closed: `ACTIVITY.SIGNUP_CLOSED`; already signed up or waiting: `ACTIVITY.ALREADY_SIGNED_UP` (someone who withdrew may sign up again, at the back of the line). A cancelled activity: `ACTIVITY.NOT_FOUND`.',
  'activity.withdraw':
    "The caller's own place or waiting-list entry, until `withdrawBy` (`ACTIVITY.WITHDRAW_CLOSED` after it, or once checked in). A freed place goes at once to the lowest number waiting, who is told (notice `activity_promoted`); the hourly timer catches up if that fails.",
  'activity.code':
    "Organisers only (`ACTIVITY.NOT_ORGANISER`), while the activity is published. The code turns every 10 minutes: `qr` is `HD1.<activityId>.<window>.<mac>` and `digits` six digits from the same HMAC-SHA256 of the activity's secret key; a scan accepts the current and the previous window, so a code stops working within 20 minutes (`validUntil`).",
  'activity.scan':
    "The QR's text, or six digits with `activityId`. A code of another activity, a wrong mac or a window ahead: `ACTIVITY.CODE_INVALID`; a genuine older code: `ACTIVITY.CODE_EXPIRED`. The caller must hold a place (`ACTIVITY.NOT_SIGNED_UP` while waiting or without a sign-up): the first scan checks in (from an hour before the start until the end: `ACTIVITY.NOT_STARTED` / `ACTIVITY.ENDED`), the second checks out (until 2 hours after the end) with the minutes to be credited, a third is `ACTIVITY.ALREADY_CHECKED_OUT`. Compare-and-set on the sign-up (`ACTIVITY.CHANGED`).",
  'activity.correct_times':
    "Organisers set both times of a sign-up with a place (`signUpId`: the roster's key), before closing (`ACTIVITY.ALREADY_CLOSED` after); the reason (content-checked) is kept in the sign-up's history. Minutes = min(check-out, end) − max(check-in, start), capped at the activity's length; a check-out before the check-in is `INPUT.INVALID`.",
  'activity.close':
    "Organisers, after `endAt` (`ACTIVITY.NOT_ENDED`). First the sponsor's balance must cover the points of everyone who checked in (`ACTIVITY.BUDGET_SHORT`, nothing written); then published → closing, each attendee paid in a transaction of its own (one balanced `activity_credit` journal entry `activity:<activityId>:<openid>` from the sponsor to the passbook with the minutes, the sign-up → attended), those who never checked in recorded as `no_show`, closing → closed. A closing interrupted is finished by calling close again or by the hourly timer; nobody is paid twice (`points` counts only what this call paid). Closed: `ACTIVITY.ALREADY_CLOSED`.",
  'activity.cancel':
    'Organisers, before closing; the reason (content-checked) is kept in the history. Everyone signed up or waiting is told (notice `activity_cancelled`).',
  'activity.upcoming':
    "Published activities of a community not yet ended, soonest to end first, 20 a page: what, where, when and how many said they will come (`willCome`); `coming` is the caller's own. No names, phones or OPENIDs.",
  'activity.will_come':
    "我会去: the caller's turnout and the activity's count in one transaction; saying it twice counts once, `coming: false` takes it back. Ended or closed: `ACTIVITY.ENDED`.",
  'cert.issue':
    "志愿服务证明 for the caller's own passbook: a year or `from`..`to` business months, not after the current month (`CERT.BAD_PERIOD`). `idNumber` must pass the GB 11643 check (else `INPUT.INVALID` with a Chinese message); only its mask (first four, last four) and an HMAC under `CERT_KEY` are stored, never the number. Hours are every journal entry's minutes in the period (a reversal's negative ones too); none: `CERT.NO_HOURS`, nothing written. The certificate is written once per volunteer and period in a transaction that takes the year's next number (`YYYY-NNNNNN-XXXX`, the last four keyed check characters); asking again answers the same one (`created: false`); another identity number for an issued period: `CERT.ID_MISMATCH`. The PDF (A4, with a QR of `pages/cert/index?no=<number>`) is stored at `certificates/<number>.pdf`; `url` is a temporary download URL.",
  'cert.mine':
    "The caller's own certificates, newest first; nobody else's. Each stored PDF comes with `url`, a temporary download URL (two hours; H5 saves the file from it, the mini-program opens it by `fileID`).",
  'cert.verify':
    "The page a certificate's QR opens: anyone signed in reads the masked name (李*), hours, period, issuer and date of a number, nothing else (no identity number, no OPENID); an unknown number: `CERT.NOT_FOUND`.",
};

/** Sections of the guide that explain an action's answers (by heading), linked from its reference. */
export const ACTION_GUIDE: Readonly<Record<string, string>> = {
  'wish.submit': 'Duplicate wishes (`wish.submit`)',
  'wish.rate': 'Rating (`wish.rate`)',
  'dispatch.suggest': 'Dispatch (`dispatch.dispatch`, `dispatch.suggest`)',
  'dispatch.dispatch': 'Dispatch (`dispatch.dispatch`, `dispatch.suggest`)',
  'volunteer.join': 'Team membership (`volunteer.join`, `volunteer.approve`)',
  'volunteer.approve': 'Team membership (`volunteer.join`, `volunteer.approve`)',
  'volunteer.complete': 'Service time (`volunteer.complete`)',
};

/** GitHub's anchor for a heading: lower case, spaces to dashes, punctuation dropped. */
const anchor = (heading: string) =>
  `#${heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-')}`;

const RELATION_LABELS: Record<Relation, string> = {
  owner: 'the resident who filed the wish',
  member: 'a member of the team it was dispatched to',
  leader: 'the leader of that team',
  claimant: 'the volunteer who claimed it',
  dispatcher: 'a dispatcher (派单员)',
  system: 'the timer only',
  former: 'the volunteer who served it before a redo (read only)',
  wall: "a registered volunteer of the wish's community, while it is on the wall (微心愿墙)",
  attendee: 'a volunteer signed up to (or checked in at) the activity the wish is folded into',
};

// ---- JSON Schema → field rows ----

interface JsonSchema {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  'x-checks'?: string[];
}

interface Row {
  field: string;
  type: string;
  required: boolean;
  constraints: string[];
}

/** Checks that JSON Schema cannot express (`.refine`), named by their message. */
function withChecks(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  const def = (
    ctx.zodSchema as { _zod?: { def?: { checks?: Array<{ _zod: { def: { check: string; error?: (i: unknown) => unknown } } }> } } }
  )._zod?.def;
  const custom = (def?.checks ?? []).filter((c) => c._zod.def.check === 'custom');
  if (custom.length)
    ctx.jsonSchema['x-checks'] = custom.map((c) => String(c._zod.def.error?.({ code: 'custom', input: undefined }) ?? 'custom check'));
}

function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', override: withChecks }) as JsonSchema;
}

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
const SAFE = Number.MAX_SAFE_INTEGER;

function typeOf(s: JsonSchema): string {
  if (s.const !== undefined) return code(JSON.stringify(s.const));
  if (s.enum) return 'enum';
  if (s.anyOf || s.oneOf) return (s.anyOf ?? s.oneOf ?? []).map(typeOf).join(' or ');
  if (s.type === 'array') return `array of ${s.items ? typeOf(s.items) : 'any'}`;
  if (s.type === 'string' && s.format) return `string (${s.format})`;
  // A nullable field's type is a list (["integer", "null"]).
  return (Array.isArray(s.type) ? s.type.join(' or ') : s.type) ?? 'any';
}

function constraintsOf(s: JsonSchema): string[] {
  const out: string[] = [];
  if (s.enum) out.push(`one of ${s.enum.map(code).join(', ')}`);
  if (s.minLength !== undefined && s.maxLength !== undefined) out.push(`${s.minLength}–${s.maxLength} chars`);
  else if (s.minLength !== undefined) out.push(`≥ ${s.minLength} chars`);
  else if (s.maxLength !== undefined) out.push(`≤ ${s.maxLength} chars`);
  if (s.minimum !== undefined && s.minimum > -SAFE) out.push(`≥ ${s.minimum}`);
  if (s.maximum !== undefined && s.maximum < SAFE) out.push(`≤ ${s.maximum}`);
  if (s.minItems !== undefined) out.push(`≥ ${s.minItems} items`);
  if (s.maxItems !== undefined) out.push(`≤ ${s.maxItems} items`);
  if (s.pattern && !s.format) out.push(`pattern ${code(s.pattern)}`);
  // Several patterns (each with its own message) come as allOf.
  for (const part of s.allOf ?? []) if (part.pattern) out.push(`pattern ${code(part.pattern)}`);
  for (const check of s['x-checks'] ?? []) out.push(`custom check ("${check}")`);
  if (s.type === 'array' && s.items && s.items.type !== 'object') out.push(...constraintsOf(s.items).map((c) => `each: ${c}`));
  return out;
}

function rowsOf(s: JsonSchema, prefix = ''): Row[] {
  const required = new Set(s.required ?? []);
  return Object.entries(s.properties ?? {}).flatMap(([name, prop]) => {
    const field = `${prefix}${name}`;
    const row: Row = { field, type: typeOf(prop), required: required.has(name), constraints: constraintsOf(prop) };
    if (prop.type === 'object') return [row, ...rowsOf(prop, `${field}.`)];
    if (prop.type === 'array' && prop.items?.type === 'object') return [row, ...rowsOf(prop.items, `${field}[].`)];
    return [row];
  });
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

function table(s: JsonSchema, skip: string[] = []): string[] {
  const rows = rowsOf(s).filter((r) => !skip.includes(r.field));
  if (rows.length === 0) return ['(no fields)'];
  return [
    '| field | type | required | constraints |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${code(r.field)} | ${cell(r.type)} | ${r.required ? 'yes' : 'no'} | ${cell(r.constraints.join('; '))} |`),
  ];
}

function shape(s: JsonSchema, skip: string[] = []): string[] {
  const variants = s.oneOf ?? s.anyOf;
  if (!variants) return table(s, skip);
  return variants.flatMap((v, i) => [`One of (${i + 1}/${variants.length}):`, '', ...table(v, skip), '']).slice(0, -1);
}

// ---- Actions ----

function whoMayCall(fnAction: string, action: string): string[] {
  const gate = gateOf(fnAction.split('.')[0]!, action);
  const roles = gate && gate.roles !== 'signed_in' ? gate.roles : undefined;
  const when = gate?.when ? ' when filing for someone else (`proxy: true`)' : '';
  const lines = [roles ? `- Roles${when}: ${roles.map((r) => `\`${r}\` (${ROLE_LABELS[r]})`).join(', ')}.` : '- Roles: anyone signed in.'];
  // activity.close / activity.cancel share a name with wish actions: only the wish functions act on wishes.
  if (WISH_FUNCTIONS.includes(fnAction.split('.')[0]!) && (WISH_ACTIONS as readonly string[]).includes(action)) {
    const rule = WISH_LIFECYCLE[action as WishAction];
    lines.push(`- On the wish: ${rule.by.map((r) => `\`${r}\` (${RELATION_LABELS[r]})`).join(', ')}.`);
    lines.push(
      `- Lifecycle: from ${rule.from.map(code).join(', ')} to ${rule.to.map(code).join(' or ')}${action === 'rate' ? ` (\`reopened\` at ≤ ${REOPEN_AT_OR_BELOW} stars)` : ''}.`,
    );
  }
  if (ACCESS_NOTES[fnAction]) lines.push(`- ${ACCESS_NOTES[fnAction]}`);
  if (ACTION_GUIDE[fnAction]) lines.push(`- See [${ACTION_GUIDE[fnAction].replace(/ \(.*\)$/, '')}](${anchor(ACTION_GUIDE[fnAction])}).`);
  return lines;
}

function actionSection(fn: string, action: string, schemas: ActionSchemas): string[] {
  const fnAction = `${fn}.${action}`;
  const errors = ACTION_ERRORS[fnAction];
  if (!errors) throw new Error(`scripts/api-doc.ts: ACTION_ERRORS has no entry for ${fnAction}`);
  const all = [...new Set([...errors, ...COMMON_ERRORS])];
  const input = jsonSchemaOf(schemas.input, 'input');
  const more = Object.keys(input.properties ?? {}).some((k) => k !== 'action') ? ', …' : '';
  return [
    `### \`${fnAction}\``,
    '',
    `Call: \`call('${fn}', { action: '${action}'${more} })\``,
    '',
    '**Who may call**',
    '',
    ...whoMayCall(fnAction, action),
    '',
    '**Input**',
    '',
    ...shape(input, ['action']),
    '',
    '**Output** (`data` of `{ ok: true, data }`)',
    '',
    ...shape(jsonSchemaOf(schemas.output, 'output')),
    '',
    `**Errors**: ${all.map(code).join(', ')}`,
    '',
  ];
}

export function renderApiDoc(): string {
  const actions = Object.entries(registry).flatMap(([fn, acts]) => Object.keys(acts).map((a) => `${fn}.${a}`));
  const extra = Object.keys(ACTION_ERRORS).filter((k) => !actions.includes(k));
  if (extra.length) throw new Error(`scripts/api-doc.ts: ACTION_ERRORS names no registry action: ${extra.join(', ')}`);

  const guide = guideSections();
  const headings = guide.flatMap((g) => g.lines.filter((l) => l.startsWith('### ')).map((l) => l.slice(4)));
  const missing = Object.values(ACTION_GUIDE).filter((h) => !headings.includes(h));
  if (missing.length) throw new Error(`scripts/api-doc.ts: ACTION_GUIDE names no guide heading: ${missing.join(', ')}`);

  const lines = [
    '# Cloud function API',
    '',
    '<!-- Generated by scripts/api-doc.ts (and scripts/api-doc-guide.ts) from the code. Do not edit: run `npm run api-doc`. -->',
    '',
    'What a client of the cloud functions needs: how a call travels and what can go wrong on the way,',
    'the rules behind some answers, then every action of every function.',
    `Every action may answer ${COMMON_ERRORS.map(code).join(', ')}.`,
    '',
    '## Contents',
    '',
    ...guide.map((g) => `- [${g.title}](${anchor(g.title)})`),
    ...Object.entries(registry).map(
      ([fn, acts]) =>
        `- \`${fn}\`: ${Object.keys(acts)
          .map((a) => `[\`${a}\`](${anchor(`${fn}.${a}`)})`)
          .join(', ')}`,
    ),
    '',
    ...guide.flatMap((g) => g.lines),
  ];
  for (const [fn, acts] of Object.entries(registry)) {
    lines.push(`## \`${fn}\``, '');
    for (const [action, schemas] of Object.entries(acts as Record<string, ActionSchemas>))
      lines.push(...actionSection(fn, action, schemas));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function isMain(): boolean {
  const script = process.argv[1];
  const self = fileURLToPath(import.meta.url);
  return !!script && (resolve(script) === self || resolve(script) === self.replace(/\.ts$/, ''));
}

if (isMain()) {
  writeFileSync(API_DOC_PATH, renderApiDoc());
  console.log(`wrote ${API_DOC_PATH}`);
}
