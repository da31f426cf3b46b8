// `admin` function: the admin area (管理后台) — the places tree, the teams tree, sponsors and their
// budgets — and the merchant's shop. Reading places and teams is also for dispatchers (a community
// dispatcher: their communities only); everything else is for admins, the shop for its merchant.
import * as z from 'zod';
import { MAX_GRANT_POINTS } from '../bank/budget';
import { SPONSOR_SOURCES } from '../bank/sponsor';
import { TEAM_KINDS } from '../team/team';
import { Id, Page, pageOf, RequestId, Specialty, text } from './common';

export const AdminPlacesInput = z.strictObject({ action: z.literal('places') });
const Estate = z.strictObject({ name: z.string(), stairwells: z.number().int() });
const CommunityNode = z.strictObject({
  communityId: z.string(),
  name: z.string(),
  hotline: z.string().optional(),
  station: z.string().optional(),
  sponsorId: z.string(),
  sponsorName: z.string().optional(),
  /** 1 (Monday) … 7 (Sunday). */
  serviceDay: z.number().int().optional(),
  stairwells: z.number().int(),
  retired: z.number().int(),
  estates: z.array(Estate),
});
export const AdminPlacesOutput = z.strictObject({
  streets: z.array(
    z.strictObject({ streetId: z.string(), name: z.string(), hotline: z.string().optional(), communities: z.array(CommunityNode) }),
  ),
});

/** One community's stairwells, 20 a page in code order; `search`: the start of a code (B-00) or of a name (3栋, 翠湖). */
export const StairwellsInput = z.strictObject({
  action: z.literal('stairwells'),
  communityId: Id,
  page: Page,
  search: text(1, 20).optional(),
});
export const StairwellItem = z.strictObject({
  code: z.string(),
  name: z.string(),
  estateName: z.string(),
  fixes: z.enum(['unit', 'building']).optional(),
  retired: z.boolean(),
});
export const StairwellsOutput = pageOf(StairwellItem);

export const RetireStairwellInput = z.strictObject({ action: z.literal('retire_stairwell'), code: Id });
export const RetireStairwellOutput = z.strictObject({ code: z.string(), retired: z.literal(true), changed: z.boolean() });

export const AdminTeamsInput = z.strictObject({ action: z.literal('teams') });
export const TeamNodeSchema = z.strictObject({
  teamId: z.string(),
  name: z.string(),
  kind: z.enum(TEAM_KINDS).optional(),
  parentId: z.string().optional(),
  depth: z.number().int(),
  specialties: z.array(Specialty),
  communities: z.array(z.string()),
  active: z.boolean(),
  /** Masked (王**). */
  leaders: z.array(z.string()),
  members: z.number().int(),
});
/** `communities`: the names of the communities the caller may see (for the teams' `communities` ids). */
export const AdminTeamsOutput = z.strictObject({
  teams: z.array(TeamNodeSchema),
  communities: z.array(z.strictObject({ communityId: z.string(), name: z.string() })),
});

export const TeamActiveInput = z.strictObject({ action: z.literal('team_active'), teamId: Id, active: z.boolean() });
export const TeamActiveOutput = z.strictObject({ teamId: z.string(), active: z.boolean(), changed: z.boolean() });

export const SponsorsInput = z.strictObject({ action: z.literal('sponsors'), page: Page });
export const SponsorItem = z.strictObject({
  sponsorId: z.string(),
  name: z.string(),
  /** Points left in the budget (the stored balance, equal to the journal's). */
  balance: z.number().int(),
  /** Where its points come from (政府买单 or one of the 四个一点); absent on a sponsor never classified. */
  source: z.enum(SPONSOR_SOURCES).optional(),
  note: z.string().optional(),
  /** For update_sponsor's compare-and-set. */
  version: z.number().int(),
  /** The communities whose services it pays for. */
  communities: z.array(z.strictObject({ communityId: z.string(), name: z.string() })),
});
export const SponsorsOutput = pageOf(SponsorItem);

/** Points from the head office to a sponsor's budget; `requestId` made once per form, so a double tap grants once. */
export const GrantBudgetInput = z.strictObject({
  action: z.literal('grant_budget'),
  sponsorId: Id,
  points: z.number().int().min(1, '积分至少为1').max(MAX_GRANT_POINTS, `一次最多拨付${MAX_GRANT_POINTS}积分`),
  reason: text(2, 60),
  requestId: RequestId,
});
export const GrantBudgetOutput = z.strictObject({
  entryId: z.string(),
  balance: z.number().int(),
  created: z.boolean(),
  /** Waiting credits (等待预算) the grant paid, oldest first. */
  released: z.number().int(),
});

export const ShopInput = z.strictObject({ action: z.literal('shop') });
export const ShopOutput = z.strictObject({
  shopId: z.string(),
  name: z.string(),
  communityName: z.string(),
  address: z.string().optional(),
  hours: z.string().optional(),
  /** A short introduction (店铺简介). */
  intro: z.string().optional(),
  /** For edit_shop's compare-and-set. */
  version: z.number().int(),
});

const SponsorSource = z.enum(SPONSOR_SOURCES, { error: '请选择赞助来源' });
/** A new sponsor (balance 0: points only by grant_budget); `requestId` made once per form, so a double tap creates one. */
export const CreateSponsorInput = z.strictObject({
  action: z.literal('create_sponsor'),
  name: text(2, 30),
  source: SponsorSource,
  note: text(0, 60).optional(),
  requestId: RequestId,
});
export const CreateSponsorOutput = z.strictObject({ sponsorId: z.string(), version: z.number().int(), created: z.boolean() });

/** Rename a sponsor or change its source and note, against the version it read. */
export const UpdateSponsorInput = z.strictObject({
  action: z.literal('update_sponsor'),
  sponsorId: Id,
  version: z.number().int().min(0),
  name: text(2, 30),
  source: SponsorSource,
  note: text(0, 60).optional(),
});
export const UpdateSponsorOutput = z.strictObject({ sponsorId: z.string(), version: z.number().int() });

/** The merchant's own shop profile (content-checked), against the version it read. */
export const EditShopInput = z.strictObject({
  action: z.literal('edit_shop'),
  version: z.number().int().min(0),
  address: text(2, 60),
  hours: text(2, 40),
  intro: text(0, 120).optional(),
});
export const EditShopOutput = z.strictObject({ shopId: z.string(), version: z.number().int() });

export const adminActions = {
  places: { input: AdminPlacesInput, output: AdminPlacesOutput },
  stairwells: { input: StairwellsInput, output: StairwellsOutput },
  retire_stairwell: { input: RetireStairwellInput, output: RetireStairwellOutput },
  teams: { input: AdminTeamsInput, output: AdminTeamsOutput },
  team_active: { input: TeamActiveInput, output: TeamActiveOutput },
  sponsors: { input: SponsorsInput, output: SponsorsOutput },
  grant_budget: { input: GrantBudgetInput, output: GrantBudgetOutput },
  shop: { input: ShopInput, output: ShopOutput },
  create_sponsor: { input: CreateSponsorInput, output: CreateSponsorOutput },
  update_sponsor: { input: UpdateSponsorInput, output: UpdateSponsorOutput },
  edit_shop: { input: EditShopInput, output: EditShopOutput },
} as const;
