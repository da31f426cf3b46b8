// The teams tree ("1+(20+27)+N+X"): 总队 → 支队 → 专业队伍 → 社区队伍 → 社团, by `parentId`. Pure: the
// function loads the teams, their active members and the leaders' names.
import { TEAM_KINDS, type Team, type TeamKind } from '../team/team';
import { maskName } from '../wish/view';
import type { PlaceScope } from './placeTree';

export interface TeamFacts {
  /** Active members (leaders included). */
  members: number;
  /** The active leaders' names (unmasked; masked here). */
  leaders: string[];
}

export interface TeamNode {
  teamId: string;
  name: string;
  kind?: TeamKind;
  /** Absent for a top team, or when its parent is not shown (outside the caller's scope). */
  parentId?: string;
  /** 0 for a top team. */
  depth: number;
  specialties: Team['specialties'];
  communities: string[];
  active: boolean;
  /** Leaders' names, masked (王**): enough to recognise, not to identify. */
  leaders: string[];
  members: number;
}

const order = (a: Team, b: Team) =>
  (a.kind ? TEAM_KINDS.indexOf(a.kind) : TEAM_KINDS.length) - (b.kind ? TEAM_KINDS.indexOf(b.kind) : TEAM_KINDS.length) ||
  a.name.localeCompare(b.name, 'zh-Hans-CN', { numeric: true });

/**
 * The teams in tree order (each team right after its parent, children by level then name), with their
 * depth. A community dispatcher sees the teams covering one of their communities; a team whose parent
 * is not shown (or a cycle, which imports refuse) starts at the top.
 */
export function teamTree(teams: readonly Team[], facts: ReadonlyMap<string, TeamFacts>, scope: PlaceScope): TeamNode[] {
  const shown = teams.filter((t) => scope === 'all' || t.communities.some((c) => scope.includes(c)));
  const ids = new Set(shown.map((t) => t._id));
  const children = new Map<string, Team[]>();
  const roots: Team[] = [];
  for (const t of shown) {
    if (t.parentId && t.parentId !== t._id && ids.has(t.parentId)) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t]);
    else roots.push(t);
  }
  const out: TeamNode[] = [];
  const seen = new Set<string>();
  const visit = (t: Team, depth: number, parentShown: boolean) => {
    if (seen.has(t._id)) return;
    seen.add(t._id);
    const f = facts.get(t._id) ?? { members: 0, leaders: [] };
    out.push({
      teamId: t._id,
      name: t.name,
      ...(t.kind ? { kind: t.kind } : {}),
      ...(parentShown && t.parentId ? { parentId: t.parentId } : {}),
      depth,
      specialties: t.specialties,
      communities: t.communities,
      active: t.active,
      leaders: f.leaders.map(maskName),
      members: f.members,
    });
    for (const c of [...(children.get(t._id) ?? [])].sort(order)) visit(c, depth + 1, true);
  };
  for (const r of [...roots].sort(order)) visit(r, 0, false);
  // Teams in a cycle never reached from a root: shown at the top rather than lost.
  for (const t of [...shown].sort(order)) visit(t, 0, false);
  return out;
}

/** Switching a team on or off (停用/启用): the same value changes nothing. */
export const decideTeamActive = (team: Pick<Team, 'active'>, active: boolean): 'change' | 'unchanged' =>
  team.active === active ? 'unchanged' : 'change';
