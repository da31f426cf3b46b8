// Checks a places sheet (one row per stairwell) and builds the streets, communities and buildings it describes.
// A street and a community are matched by their 编号 when the row gives one (a rename updates), else by name.
import { isScene, SCENE_MAX_LENGTH } from '../../scene';
import { ElderPhone } from '../../schemas/common';
import type { Building, Community, Street } from '../places';
import { COLUMNS, problem, type Problem, type SheetRow } from './columns';
import { cell, compact, type CheckResult, type OrgSnapshot } from './types';
import { isImportId, stableId, weekday, yesNo } from './values';

type Fields = Pick<Community, 'hotline' | 'station' | 'serviceDay'>;
const COMMUNITY_FIELDS: readonly [keyof Fields, string][] = [
  ['hotline', '社区电话'],
  ['station', '新时代文明实践站'],
  ['serviceDay', '服务日'],
];

interface Drafted<T> {
  doc: T;
  row: number;
  from: Partial<Record<string, number>>;
}

export function checkPlaces(rows: readonly SheetRow[], org: OrgSnapshot): CheckResult {
  const problems: Problem[] = [];
  const streets = new Map<string, Drafted<Street>>();
  const communities = new Map<string, Drafted<Community>>();
  const buildings = new Map<string, { doc: Building; row: number }>();
  const retired = new Set(org.retiredCodes ?? []);
  const storedBuildings = new Map(org.buildings.map((b) => [b._id, b]));
  const storedStreets = new Map(org.streets.map((s) => [s._id, s]));
  const storedCommunities = new Map(org.communities.map((c) => [c._id, c]));

  for (const { row, values } of rows) {
    const get = (h: string) => cell(values, h);
    const missing = COLUMNS.places.filter((c) => c.required && !get(c.header));
    for (const c of missing) problems.push(problem(row, c.header, '没有填写'));

    const fields: Fields = {};
    const phone = (header: string): string | undefined => {
      if (!get(header)) return undefined;
      const parsed = ElderPhone.safeParse(get(header));
      if (!parsed.success) problems.push(problem(row, header, `不对：${parsed.error.issues[0]?.message ?? get(header)}`));
      return parsed.success ? parsed.data : undefined;
    };
    const hotline = phone('社区电话');
    if (hotline) fields.hotline = hotline;
    const streetHotline = phone('街道电话');
    if (get('新时代文明实践站')) fields.station = get('新时代文明实践站');
    if (get('服务日')) {
      const day = weekday(get('服务日'));
      if (day === undefined) problems.push(problem(row, '服务日', `应像「每周三」：${get('服务日')}`));
      else fields.serviceDay = day;
    }
    for (const header of ['社区编号', '街道编号']) {
      if (get(header) && !isImportId(get(header))) problems.push(problem(row, header, `只能用字母、数字和 - _：${get(header)}`));
    }
    const fixesCell = get('码已含单元');
    const unit = fixesCell ? yesNo(fixesCell) : undefined;
    if (fixesCell && unit === undefined) problems.push(problem(row, '码已含单元', `应填「是」或「否」：${fixesCell}`));
    const code = get('楼栋码');
    if (code && !isScene(code)) {
      problems.push(problem(row, '楼栋码', `只能用字母、数字和 - _ 等符号，最多 ${SCENE_MAX_LENGTH} 个：${code}`));
    } else if (code && retired.has(code)) {
      problems.push(problem(row, '楼栋码', `已停用，不能再用：${code}`));
    } else if (code && buildings.has(code)) {
      problems.push(problem(row, '楼栋码', `与第 ${buildings.get(code)?.row} 行重复：${code}`));
    }
    if (missing.length || problems.some((p) => p.row === row)) continue;

    // The street: by 街道编号, else by name (in this file first, then stored), else a new one.
    const streetName = get('街道');
    const streetId =
      get('街道编号') ||
      [...streets.values()].find((s) => s.doc.name === streetName)?.doc._id ||
      org.streets.find((s) => s.name === streetName)?._id ||
      stableId('s', streetName);
    let street = streets.get(streetId);
    if (!street) {
      street = { doc: { ...(storedStreets.get(streetId) ?? { _id: streetId }), name: streetName }, row, from: {} };
      streets.set(streetId, street);
    } else if (street.doc.name !== streetName) {
      problems.push(problem(row, '街道', `与第 ${street.row} 行同一编号的「${street.doc.name}」不一致：${streetName}`));
      continue;
    }
    if (
      streetHotline !== undefined &&
      !agree(street, 'hotline', streetHotline, { row, header: '街道电话', shown: get('街道电话') }, problems)
    )
      continue;

    // The community: by 社区编号, else by street and name, else a new one.
    const name = get('社区');
    const sameName = (c: Community) => c.name === name && (c.street ?? streetName) === streetName;
    const communityId =
      get('社区编号') ||
      [...communities.values()].find((c) => sameName(c.doc))?.doc._id ||
      org.communities.find(sameName)?._id ||
      stableId('c', streetName, name);
    let entry = communities.get(communityId);
    if (!entry) {
      const stored = storedCommunities.get(communityId);
      const sponsorId = stored?.sponsorId ?? org.communities.find((c) => c.street === streetName)?.sponsorId ?? org.defaultSponsorId;
      if (!sponsorId) {
        problems.push(problem(row, '社区', `是新社区，但街道还没有出资方，请先设置：${name}`));
        continue;
      }
      const clash = [...communities.values()].find((c) => sameName(c.doc));
      if (clash) {
        problems.push(problem(row, '社区编号', `与第 ${clash.row} 行的同名社区编号不同：${communityId}`));
        continue;
      }
      const { hotline: _h, station: _s, serviceDay: _d, ...kept } = stored ?? { _id: communityId, name, sponsorId };
      entry = { doc: { ...kept, name, street: streetName, sponsorId }, row, from: {} };
      communities.set(communityId, entry);
    } else if (entry.doc.name !== name || entry.doc.street !== streetName) {
      problems.push(problem(row, '社区', `与第 ${entry.row} 行同一编号的「${entry.doc.name}」不一致：${name}`));
      continue;
    }
    for (const [field, header] of COMMUNITY_FIELDS) {
      const value = fields[field];
      if (value !== undefined) agree(entry, field, value, { row, header, shown: get(header) }, problems);
    }

    const stored = storedBuildings.get(code);
    const doc: Building = {
      ...stored,
      _id: code,
      name: get('楼栋/单元'),
      estateName: get('小区'),
      communityId: entry.doc._id,
      communityName: name,
      fixes: unit ? 'unit' : 'building',
    };
    buildings.set(code, { doc, row });
  }

  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    records: [
      ...[...streets.values()].map(({ doc }) => ({ collection: 'streets' as const, doc: compact(doc) })),
      ...[...communities.values()].map(({ doc }) => ({ collection: 'communities' as const, doc: compact(doc) })),
      ...[...buildings.values()].map(({ doc }) => ({ collection: 'buildings' as const, doc })),
    ],
  };
}

/** A field repeated on each of a street's or community's rows: the first row that fills it counts, the others must agree. */
function agree<T extends object>(
  entry: Drafted<T>,
  field: keyof T & string,
  value: unknown,
  at: { row: number; header: string; shown: string },
  out: Problem[],
): boolean {
  const { row, header, shown } = at;
  const first = entry.from[field];
  if (first === undefined) {
    entry.doc = { ...entry.doc, [field]: value };
    entry.from[field] = row;
    return true;
  }
  if (entry.doc[field] === value) return true;
  out.push(problem(row, header, `与第 ${first} 行的「${String(entry.doc[field])}」不一致：${shown}`));
  return false;
}
