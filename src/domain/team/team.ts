// Volunteer teams (志愿服务队) and the people in them. Schemas of the stored documents.
import * as z from 'zod';
import { SPECIALTIES } from '../menu';

export const TeamSchema = z.object({
  _id: z.string(),
  name: z.string(),
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
