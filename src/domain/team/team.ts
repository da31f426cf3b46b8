// Volunteer teams (志愿服务队) and the people in them. Schemas of the stored documents.
import * as z from 'zod';
import { SPECIALTIES } from '../menu';

/** The levels of "1+(20+27)+N+X": 总队, 支队, 专业队伍, 社区队伍, 社团. */
export const TEAM_KINDS = ['corps', 'branch', 'professional', 'community', 'club'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];
export const TEAM_KIND_LABELS: Record<TeamKind, string> = {
  corps: '总队',
  branch: '支队',
  professional: '专业队伍',
  community: '社区队伍',
  club: '社团',
};

export const TeamSchema = z.object({
  _id: z.string(),
  name: z.string(),
  kind: z.enum(TEAM_KINDS).optional(),
  /** The team above it (a 支队's 总队); none for the top. */
  parentId: z.string().optional(),
  specialties: z.array(z.enum(SPECIALTIES)),
  /** Communities the team covers. */
  communities: z.array(z.string()),
  active: z.boolean(),
});
export type Team = z.infer<typeof TeamSchema>;

/** A registered volunteer (志愿者), keyed by OPENID. */
export const VolunteerSchema = z.object({
  _id: z.string(),
  name: z.string(),
  phone: z.string(),
  skills: z.array(z.enum(SPECIALTIES)),
  communityId: z.string(),
  partyMember: z.boolean(),
});
export type Volunteer = z.infer<typeof VolunteerSchema>;

/** One word for leadership everywhere: the role `leader`, the membership role `leader`, the relation `leader`. */
export const TEAM_ROLES = ['member', 'leader'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
