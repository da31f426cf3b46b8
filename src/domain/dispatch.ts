// 中心派单: which teams to suggest for a wish, best first, with the reasons a dispatcher reads.
import { SERVICE_MENU, type Category, type Specialty } from './menu';

export interface TeamCandidate {
  _id: string;
  name: string;
  specialties: Specialty[];
  /** Communities the team covers (one area per team level: 支队 covers several). */
  communities: string[];
  /** Orders currently open with the team. */
  openLoad: number;
}

export interface Suggestion {
  teamId: string;
  name: string;
  score: number;
  covers: boolean;
  specialtyMatch: boolean;
  openLoad: number;
  /** 推荐: the best-ranked team, and only when it covers the community and its specialty serves the wish. */
  recommended: boolean;
}

/** Coverage of the building's community counts most, then the specialty, then the lightest load. */
export function suggestTeams(
  wish: { category: Category; communityId: string; excludedTeamIds: string[] },
  teams: readonly TeamCandidate[],
): Suggestion[] {
  const specialty = SERVICE_MENU[wish.category].specialty;
  return teams
    .filter((t) => !wish.excludedTeamIds.includes(t._id))
    .map((t) => {
      const covers = t.communities.includes(wish.communityId);
      // 「其他」 (specialty `general`) matches no team's specialty: the dispatcher decides by coverage and load.
      const specialtyMatch = specialty !== 'general' && t.specialties.includes(specialty);
      return {
        teamId: t._id,
        name: t.name,
        covers,
        specialtyMatch,
        openLoad: t.openLoad,
        score: (covers ? 100 : 0) + (specialtyMatch ? 50 : 0) - Math.min(t.openLoad, 49),
      };
    })
    .sort((a, b) => b.score - a.score || a.openLoad - b.openLoad || a.name.localeCompare(b.name))
    .map((s, i) => ({ ...s, recommended: i === 0 && s.covers && s.specialtyMatch }));
}
