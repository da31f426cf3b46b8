// The INTENDED authorisation policy, one row per `fn.action` of the registry, one column per caller.
// Written from docs/API.md ("Who may call") and docs/DOMAIN.md (Roles), NOT from the code, so
// tests/security/authz.test.ts can compare the product against it. Not a test file.
//
// The people (per row, relative to "the wish under test" where the action takes a wish):
//   stranger    no OPENID at all
//   resident    the resident who filed the wish under test (its owner); any resident for other rows
//   other-res   another resident
//   team-vol    an active volunteer of the team the wish was dispatched to; the CLAIMANT whenever
//               the wish under test has been claimed
//   other-vol   an active volunteer of another team
//   leader      the active leader of the wish's team (乐修匠); not the claimant
//   dispatcher  派单员 (role dispatcher)
//   admin       管理员 (role admin, street s-ximahe): manages reference data and budgets, not wishes
//   merchant    爱心商户 (role merchant, shop shop-xingfu): reads its shop; redeems points at the counter (later)
//
// allow: the policy lets this person do it, with the data in a state where it is legal (the test
//        expects `ok: true`);
// deny:  refused as AUTH.NO_IDENTITY / AUTH.FORBIDDEN / WISH.NOT_FOUND / TEAM.NOT_MEMBER /
//        VOLUNTEER.NOT_REGISTERED (ORDER.NOT_CLAIMANT for complete, as documented), writing nothing.
//
// The text after `#` is where the rule comes from.

export const ROLES = ['stranger', 'resident', 'other-res', 'team-vol', 'other-vol', 'leader', 'dispatcher', 'admin', 'merchant'] as const;
export type MatrixRole = (typeof ROLES)[number];
export type Cell = 'allow' | 'deny';

export const MATRIX_TEXT = `
fn.action            stranger resident other-res team-vol other-vol leader dispatcher admin merchant
user.whoami          deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in
wish.building        deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in
wish.places          deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in; public names and hotlines
wish.submit          deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in (proxy: false)
wish.mine            deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in; lists own wishes
wish.detail          deny     allow    deny      allow    deny      allow  allow      deny  deny      # owner, claimant, dispatcher, the wish's team (mayView)
wish.cancel          deny     allow    deny      deny     deny      deny   deny       deny  deny      # owner; from submitted/dispatched/returned/reopened
wish.rate            deny     allow    deny      deny     deny      deny   deny       deny  deny      # owner; from completed
dispatch.queue       deny     deny     deny      deny     deny      deny   allow      deny  deny      # role dispatcher
dispatch.suggest     deny     deny     deny      deny     deny      deny   allow      deny  deny      # role dispatcher
dispatch.dispatch    deny     deny     deny      deny     deny      deny   allow      deny  deny      # role dispatcher; from submitted
dispatch.reject      deny     deny     deny      deny     deny      deny   allow      deny  deny      # role dispatcher; from submitted
dispatch.award       deny     deny     deny      deny     deny      deny   allow      deny  deny      # role dispatcher; a sent-back served wish
volunteer.register   deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in (grants volunteer)
volunteer.profile    deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in
volunteer.teams      deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in
volunteer.join       deny     deny     deny      allow    allow     allow  deny       deny  deny      # role volunteer (a team they are not in)
volunteer.members    deny     deny     deny      deny     deny      allow  deny       deny  deny      # only an active leader of that team
volunteer.approve    deny     deny     deny      deny     deny      allow  deny       deny  deny      # only an active leader of the applicant's team
volunteer.hall       deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in (own teams / own claims)
volunteer.claim      deny     deny     deny      allow    deny      allow  deny       deny  deny      # member, leader; from dispatched
volunteer.assign     deny     deny     deny      deny     deny      allow  deny       deny  deny      # leader; from dispatched
volunteer.release    deny     deny     deny      allow    deny      allow  deny       deny  deny      # claimant, leader; from claimed
volunteer.return     deny     deny     deny      deny     deny      allow  deny       deny  deny      # leader; from dispatched
volunteer.plan_visit deny     deny     deny      allow    deny      deny   deny       deny  deny      # claimant; from claimed (约定上门)
volunteer.check_in   deny     deny     deny      allow    deny      deny   deny       deny  deny      # claimant; from claimed
volunteer.complete   deny     deny     deny      allow    deny      deny   deny       deny  deny      # claimant; from in_service
volunteer.confirm_minutes deny deny    deny      deny     deny      allow  deny       deny  deny      # the wish's team leader; minutes marked to confirm
volunteer.passbook   deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in; own passbook only
volunteer.history    deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in; own services only
volunteer.team_orders deny    deny     deny      deny     deny      allow  deny       deny  deny      # only an active leader of that team
poster.communities   deny     deny     deny      deny     deny      deny   allow      allow deny      # admin; dispatcher (their communities: the demo one holds the street)
poster.poster        deny     deny     deny      deny     deny      deny   allow      allow deny      # admin; dispatcher of the stairwell's community
poster.batch         deny     deny     deny      deny     deny      deny   allow      allow deny      # admin; dispatcher of the community
poster.job           deny     deny     deny      deny     deny      deny   allow      allow deny      # admin; dispatcher of the job's community (or who started it)
sheets.template      deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin (import and export)
sheets.check         deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin; writes nothing
sheets.apply         deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
sheets.job           deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin; own jobs only
sheets.jobs          deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin; own jobs only
sheets.export        deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin (volunteers' phones)
people.invite        deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
people.invite_code   deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
people.invitations   deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
people.revoke_invitation deny deny     deny      deny     deny      deny   deny       allow deny      # role admin; an open invitation
people.preview       deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in holding the token
people.accept        deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in holding the token, once
people.people        deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
people.revoke_grant  deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin; reason required
people.audit         deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
people.scopes        deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
admin.places         deny     deny     deny      deny     deny      deny   allow      allow deny      # admin; dispatcher (their communities)
admin.stairwells     deny     deny     deny      deny     deny      deny   allow      allow deny      # admin; dispatcher (their communities)
admin.retire_stairwell deny   deny     deny      deny     deny      deny   deny       allow deny      # role admin
admin.teams          deny     deny     deny      deny     deny      deny   allow      allow deny      # admin; dispatcher (teams covering their communities)
admin.team_active    deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
admin.sponsors       deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
admin.grant_budget   deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
admin.shop           deny     deny     deny      deny     deny      deny   deny       deny  allow     # role merchant (the shop of their grant)
bank.settings        deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
bank.set_setting     deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
bank.setting_history deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
bank.passbook_months deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in; the caller's own passbook
bank.recognition     deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in; the caller's own stars and badges
bank.party_hours     deny     deny     deny      deny     deny      deny   allow      allow deny      # admin; dispatcher (their communities)
bank.reviews         deny     deny     deny      deny     deny      deny   allow      allow deny      # admin; dispatcher (their communities)
bank.offices         deny     deny     deny      deny     deny      deny   allow      allow deny      # admin; dispatcher (their communities)
insight.dashboard    deny     deny     deny      deny     deny      deny   allow      allow deny      # admin (the street); dispatcher (their communities)
insight.month_report deny     deny     deny      deny     deny      deny   allow      allow deny      # as insight.dashboard
insight.export_start deny     deny     deny      deny     deny      deny   allow      allow deny      # admin (the street); dispatcher (their communities; not the ledger)
insight.export_step  deny     deny     deny      deny     deny      deny   allow      allow deny      # who started the export (an admin: any)
insight.exports      deny     deny     deny      deny     deny      deny   allow      allow deny      # the caller's export records (an admin: everyone's)
bank.prices          deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in (the price list)
bank.households      deny     deny     deny      deny     deny      deny   allow      allow deny      # the community's helpers and dispatchers, the street's admins
bank.set_household_tier deny  deny     deny      deny     deny      deny   allow      allow deny      # the community's helpers and dispatchers, the street's admins
bank.quote           deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in (that household's price only)
bank.money_book      deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
bank.fund_topup      deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
bank.rewards         deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in; the catalogue and own balance
bank.reserve         deny     deny     deny      allow    allow     allow  deny       deny  deny      # role volunteer (registered), with the points
bank.my_reservations deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in; own reservations only
bank.cancel_reservation deny  deny     deny      allow    deny      deny   deny       deny  deny      # the volunteer who reserved (team-vol); held
bank.shop_items      deny     deny     deny      deny     deny      deny   deny       deny  allow     # role merchant (own shop)
bank.save_item       deny     deny     deny      deny     deny      deny   deny       deny  allow     # role merchant (own shop's items)
bank.lookup_code     deny     deny     deny      deny     deny      deny   deny       deny  allow     # role merchant; own shop's held codes
bank.redeem          deny     deny     deny      deny     deny      deny   deny       deny  allow     # role merchant; own shop's held reservation
bank.shop_statement  deny     deny     deny      deny     deny      deny   deny       deny  allow     # role merchant (own shop)
bank.statement_export deny    deny     deny      deny     deny      deny   deny       deny  allow     # role merchant (own shop)
bank.accounts        deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
bank.account_entries deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
bank.correct         deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
bank.waiting_credits deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
bank.verify          deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
bank.office_grant    deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
bank.bonus           deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
admin.create_sponsor deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
admin.update_sponsor deny     deny     deny      deny     deny      deny   deny       allow deny      # role admin
admin.edit_shop      deny     deny     deny      deny     deny      deny   deny       deny  allow     # role merchant (the shop of their grant)
dispatch.schedule_service_day deny deny deny    deny     deny      allow  allow      deny  deny      # the wish's centre, or the leader of the team holding it; from dispatched (服务日)
visit.my_visits      deny     deny     deny      allow    allow     allow  deny       deny  deny      # role volunteer; own named visits and own teams' pools
visit.record         deny     deny     deny      allow    deny      allow  deny       deny  deny      # the named volunteer or a member of the order's team (乐修匠 pool)
visit.to_wish        deny     deny     deny      allow    deny      allow  deny       deny  deny      # as record, on a visit recorded 需要帮助
visit.quote          deny     deny     deny      allow    deny      allow  deny       deny  deny      # as to_wish: the elder's price, before filing
visit.elders         deny     deny     deny      deny     deny      deny   allow      allow deny      # the community's helpers and dispatchers, the street's admins (巡访看板)
visit.elder          deny     deny     deny      allow    deny      deny   allow      allow deny      # the community's staff; the elder's named volunteer (team-vol is 张桂兰's)
visit.save_elder     deny     deny     deny      deny     deny      deny   allow      allow deny      # the community's staff; consent required
visit.retire_elder   deny     deny     deny      deny     deny      deny   allow      allow deny      # the community's staff; a reason required
visit.elder_template deny     deny     deny      deny     deny      deny   allow      allow deny      # the community's staff (ELDER_KEEPERS)
visit.elder_check    deny     deny     deny      deny     deny      deny   allow      allow deny      # the community's staff; writes nothing
visit.elder_import   deny     deny     deny      deny     deny      deny   allow      allow deny      # the community's staff
visit.elder_import_job deny   deny     deny      deny     deny      deny   allow      allow deny      # the community's staff; own jobs only
dispatch.digest      deny     deny     deny      deny     deny      allow  allow      deny  deny      # the weekly digest: a dispatcher (their communities), a team's active leader (teamId)
dispatch.publish_to_wall deny deny     deny      deny     deny      deny   allow      deny  deny      # role dispatcher (the wish's centre); from submitted, with the resident's consent (微心愿墙)
dispatch.attach_to_activity deny deny  deny      deny     deny      deny   allow      deny  deny      # role dispatcher (the wish's centre); an open activity of the wish's community
volunteer.wall       deny     deny     deny      allow    allow     allow  deny       deny  deny      # role volunteer with a registration: the wall of their own community (all three are 金鼎社区's)
activity.publish     deny     deny     deny      deny     deny      allow  allow      deny  deny      # a dispatcher of the community, the active leader of teamId (乐修匠, covers 金鼎)
activity.list        deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in (community / mine / organising)
activity.detail      deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in; the roster for organisers only
activity.sign_up     deny     deny     deny      allow    allow     allow  deny       deny  deny      # role volunteer
activity.withdraw    deny     deny     deny      allow    deny      deny   deny       deny  deny      # one's own sign-up (team-vol signed up)
activity.code        deny     deny     deny      deny     deny      allow  allow      deny  deny      # organisers: the team's leader, the community's dispatcher
activity.scan        deny     deny     deny      allow    deny      deny   deny       deny  deny      # role volunteer, signed up (team-vol)
activity.correct_times deny   deny     deny      deny     deny      allow  allow      deny  deny      # organisers
activity.close       deny     deny     deny      deny     deny      allow  allow      deny  deny      # organisers, after the end
activity.cancel      deny     deny     deny      deny     deny      allow  allow      deny  deny      # organisers, before closing
activity.upcoming    deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in; no personal data
activity.will_come   deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in; a head count
cert.issue           deny     deny     deny      allow    allow     allow  deny       deny  deny      # role volunteer with a registration: their own passbook's hours (志愿服务证明)
cert.mine            deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in: their own certificates (none for most)
cert.verify          deny     allow    allow     allow    allow     allow  allow      allow allow     # anyone signed in: the page the certificate's QR opens; masked fields only
`;

export interface Row {
  key: string;
  cells: Record<MatrixRole, Cell>;
  source: string;
}

/** The table as rows; throws on a malformed table (a wrong header, a cell that is not allow/deny). */
export function parseMatrix(text = MATRIX_TEXT): Row[] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const header = lines[0].split(/\s+/);
  if (header[0] !== 'fn.action' || header.slice(1).join(' ') !== ROLES.join(' '))
    throw new Error(`matrix header must be: fn.action ${ROLES.join(' ')}`);
  return lines.slice(1).map((line) => {
    const [table, source = ''] = line.split('#');
    const [key, ...cells] = table.trim().split(/\s+/);
    if (cells.length !== ROLES.length) throw new Error(`matrix row ${key}: ${cells.length} cells, want ${ROLES.length}`);
    const bad = cells.find((c) => c !== 'allow' && c !== 'deny');
    if (bad) throw new Error(`matrix row ${key}: "${bad}" is neither allow nor deny`);
    return {
      key,
      cells: Object.fromEntries(ROLES.map((r, i) => [r, cells[i] as Cell])) as Record<MatrixRole, Cell>,
      source: source.trim(),
    };
  });
}

/** Refusal codes that mean "not for you". */
export const DENY_CODES: readonly string[] = [
  'AUTH.NO_IDENTITY',
  'AUTH.FORBIDDEN',
  'WISH.NOT_FOUND',
  'TEAM.NOT_MEMBER',
  'VOLUNTEER.NOT_REGISTERED',
];
/** Documented, action-specific "not for you" codes (docs/API.md: "Anyone but the claimant gets ORDER.NOT_CLAIMANT"). */
export const EXTRA_DENY_CODES: Readonly<Record<string, readonly string[]>> = {
  'volunteer.complete': ['ORDER.NOT_CLAIMANT'],
  'volunteer.approve': ['TEAM.NOT_FOUND'],
  // redeem: another volunteer's reservation reads as not found
  'bank.cancel_reservation': ['REDEEM.NOT_FOUND'],
  // visits: someone else's visit order reads as not found
  'visit.record': ['VISIT.NOT_FOUND'],
  'visit.to_wish': ['VISIT.NOT_FOUND'],
  'visit.quote': ['VISIT.NOT_FOUND'],
  // the elders' registry: an elder who is not yours reads as not found
  'visit.elder': ['ELDER.NOT_FOUND'],
  // the weekly digest: neither a dispatcher nor an active team leader
  'dispatch.digest': ['DIGEST.NOT_STAFF'],
  // exports: someone else's export reads as not found
  'insight.export_step': ['EXPORT.NOT_FOUND'],
  // a wall wish tells a volunteer of another community why (never the case for the matrix's team wish)
  'volunteer.claim': ['WALL.NOT_COMMUNITY'],
  // activities: not an organiser of it; someone else's sign-up (or none) reads as not signed up
  'activity.publish': ['ACTIVITY.NOT_ORGANISER'],
  'activity.code': ['ACTIVITY.NOT_ORGANISER'],
  'activity.correct_times': ['ACTIVITY.NOT_ORGANISER'],
  'activity.close': ['ACTIVITY.NOT_ORGANISER'],
  'activity.cancel': ['ACTIVITY.NOT_ORGANISER'],
  'activity.withdraw': ['ACTIVITY.NOT_SIGNED_UP'],
  'activity.scan': ['ACTIVITY.NOT_SIGNED_UP'],
};
