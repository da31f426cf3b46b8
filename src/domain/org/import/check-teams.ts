// Checks a teams sheet: kinds, parents (in the file or already stored, no cycles), specialties and communities by name.
// A team is matched by its 队伍编号 when the row gives one (a rename updates it), else by name.
import type { Specialty } from '../../menu';
import { TEAM_KIND_LABELS, TEAM_KINDS, type Team, type TeamKind } from '../../team/team';
import { problem, type Problem, type SheetRow } from './columns';
import { cell, compact, type CheckResult, type OrgSnapshot } from './types';
import { isImportId, list, specialtyByName, stableId, yesNo } from './values';

const KIND_BY_LABEL = new Map(TEAM_KINDS.map((k) => [TEAM_KIND_LABELS[k], k] as const));
const KINDS_TEXT = TEAM_KINDS.map((k) => TEAM_KIND_LABELS[k]).join('、');

interface Draft {
  row: number;
  doc: Team;
  parentName: string;
}

export function checkTeams(rows: readonly SheetRow[], org: OrgSnapshot): CheckResult {
  const problems: Problem[] = [];
  const drafts = new Map<string, Draft>();
  const rowOfName = new Map<string, number>();
  const storedById = new Map(org.teams.map((t) => [t._id, t]));

  for (const { row, values } of rows) {
    const get = (h: string) => cell(values, h);
    const name = get('队伍名称');
    const before = problems.length;
    const idCell = get('队伍编号');
    if (!name) problems.push(problem(row, '队伍名称', '没有填写'));
    else if (rowOfName.has(name)) problems.push(problem(row, '队伍名称', `与第 ${rowOfName.get(name)} 行重复：${name}`));
    if (name && !rowOfName.has(name)) rowOfName.set(name, row);
    if (idCell && !isImportId(idCell)) problems.push(problem(row, '队伍编号', `只能用字母、数字和 - _：${idCell}`));
    else if (idCell && drafts.has(idCell)) problems.push(problem(row, '队伍编号', `与第 ${drafts.get(idCell)?.row} 行重复：${idCell}`));

    let kind: TeamKind | undefined;
    if (get('类型')) {
      kind = KIND_BY_LABEL.get(get('类型'));
      if (!kind) problems.push(problem(row, '类型', `应为 ${KINDS_TEXT} 之一：${get('类型')}`));
    }
    const specialties: Specialty[] = [];
    for (const word of list(get('专长'))) {
      const s = specialtyByName(word);
      if (!s) problems.push(problem(row, '专长', `找不到：${word}`));
      else if (!specialties.includes(s)) specialties.push(s);
    }
    const communities: string[] = [];
    for (const word of list(get('服务社区'))) {
      const c = org.communities.find((x) => x.name === word);
      if (!c) problems.push(problem(row, '服务社区', `找不到：${word}`));
      else if (!communities.includes(c._id)) communities.push(c._id);
    }
    let active = true;
    if (get('是否启用')) {
      const yes = yesNo(get('是否启用'));
      if (yes === undefined) problems.push(problem(row, '是否启用', `应填「是」或「否」：${get('是否启用')}`));
      else active = yes;
    }
    if (problems.length > before) continue;

    const stored = idCell ? storedById.get(idCell) : org.teams.find((t) => t.name === name);
    const { kind: _k, parentId: _p, ...kept } = stored ?? { _id: idCell || stableId('t', name) };
    const same = drafts.get(kept._id);
    if (same) {
      problems.push(problem(row, '队伍名称', `与第 ${same.row} 行是同一支队伍（编号 ${kept._id}）：${name}`));
      continue;
    }
    drafts.set(kept._id, { row, parentName: get('上级队伍'), doc: { ...kept, name, kind, specialties, communities, active } });
  }

  // Names stay unique once the file is applied: a stored team keeps its name unless the file renames it.
  const after = new Map(org.teams.map((t) => [t._id, t]));
  for (const d of drafts.values()) after.set(d.doc._id, d.doc);
  const idByName = new Map<string, string>();
  for (const t of after.values()) if (!drafts.has(t._id)) idByName.set(t.name, t._id);
  for (const d of drafts.values()) {
    const other = idByName.get(d.doc.name);
    if (other !== undefined) problems.push(problem(d.row, '队伍名称', `已有同名队伍（编号 ${other}）：${d.doc.name}`));
    idByName.set(d.doc.name, d.doc._id);
  }

  // Parents: by name among the teams as they will be (the file's first, then the stored ones).
  for (const d of drafts.values()) {
    if (!d.parentName) continue;
    const parentId = idByName.get(d.parentName);
    if (parentId === undefined && !rows.some((r) => cell(r.values, '队伍名称') === d.parentName)) {
      problems.push(problem(d.row, '上级队伍', `找不到：${d.parentName}`));
    } else if (parentId !== undefined) {
      d.doc.parentId = parentId;
    }
  }
  problems.push(...cycles(drafts, org));

  if (problems.length) return { ok: false, problems: problems.sort((a, b) => a.row - b.row) };
  return { ok: true, records: [...drafts.values()].map((d) => ({ collection: 'teams' as const, doc: compact(d.doc) })) };
}

/** A team that is its own ancestor once the file is applied: reported on each file row in the loop. */
function cycles(drafts: ReadonlyMap<string, Draft>, org: OrgSnapshot): Problem[] {
  const after = new Map(org.teams.map((t) => [t._id, t]));
  for (const d of drafts.values()) after.set(d.doc._id, d.doc);
  const out: Problem[] = [];
  for (const d of drafts.values()) {
    const path = [d.doc.name];
    const seen = new Set([d.doc._id]);
    for (let t = after.get(d.doc.parentId ?? ''); t; t = after.get(t.parentId ?? '')) {
      path.push(t.name);
      if (t._id === d.doc._id) {
        out.push(problem(d.row, '上级队伍', `形成了循环：${path.join(' → ')}`));
        break;
      }
      if (seen.has(t._id)) break;
      seen.add(t._id);
    }
  }
  return out;
}
