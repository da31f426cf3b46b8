// Checks a places sheet (one row per stairwell) and builds the streets, communities and buildings it describes.
import { isScene, SCENE_MAX_LENGTH } from '../../scene';
import { ElderPhone } from '../../schemas/common';
import type { Building, Community, Street } from '../places';
import { COLUMNS, problem, type Problem, type SheetRow } from './columns';
import { cell, compact, type CheckResult, type OrgSnapshot } from './types';
import { stableId, weekday, yesNo } from './values';

type Fields = Pick<Community, 'hotline' | 'station' | 'serviceDay'>;
const COMMUNITY_FIELDS: readonly [keyof Fields, string][] = [
  ['hotline', '社区电话'],
  ['station', '新时代文明实践站'],
  ['serviceDay', '服务日'],
];

export function checkPlaces(rows: readonly SheetRow[], org: OrgSnapshot): CheckResult {
  const problems: Problem[] = [];
  const streets = new Map<string, Street>();
  const communities = new Map<string, { doc: Community; from: Partial<Record<keyof Fields, number>> }>();
  const buildings = new Map<string, { doc: Building; row: number }>();
  const retired = new Set(org.retiredCodes ?? []);
  const storedBuildings = new Map(org.buildings.map((b) => [b._id, b]));

  for (const { row, values } of rows) {
    const get = (h: string) => cell(values, h);
    const missing = COLUMNS.places.filter((c) => c.required && !get(c.header));
    for (const c of missing) problems.push(problem(row, c.header, '没有填写'));

    const fields: Fields = {};
    const hotline = get('社区电话');
    if (hotline) {
      const parsed = ElderPhone.safeParse(hotline);
      if (parsed.success) fields.hotline = parsed.data;
      else problems.push(problem(row, '社区电话', `不对：${parsed.error.issues[0]?.message ?? hotline}`));
    }
    if (get('新时代文明实践站')) fields.station = get('新时代文明实践站');
    if (get('服务日')) {
      const day = weekday(get('服务日'));
      if (day === undefined) problems.push(problem(row, '服务日', `应像「每周三」：${get('服务日')}`));
      else fields.serviceDay = day;
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

    const streetName = get('街道');
    const street = streets.get(streetName) ?? {
      ...(org.streets.find((s) => s.name === streetName) ?? { _id: stableId('s', streetName) }),
      name: streetName,
    };
    streets.set(streetName, street);

    const name = get('社区');
    const key = `${streetName}\u0001${name}`;
    let entry = communities.get(key);
    if (!entry) {
      const stored = org.communities.find((c) => c.name === name && (c.street ?? streetName) === streetName);
      const sponsorId = stored?.sponsorId ?? org.communities.find((c) => c.street === streetName)?.sponsorId ?? org.defaultSponsorId;
      if (!sponsorId) {
        problems.push(problem(row, '社区', `是新社区，但街道还没有出资方，请先设置：${name}`));
        continue;
      }
      const { hotline: _h, station: _s, serviceDay: _d, ...kept } = stored ?? { _id: stableId('c', streetName, name), name, sponsorId };
      entry = { doc: { ...kept, name, street: streetName, sponsorId }, from: {} };
      communities.set(key, entry);
    }
    for (const [field, header] of COMMUNITY_FIELDS) {
      const value = fields[field];
      if (value === undefined) continue;
      const first = entry.from[field];
      if (first === undefined) {
        entry.doc = { ...entry.doc, [field]: value };
        entry.from[field] = row;
      } else if (entry.doc[field] !== value) {
        problems.push(problem(row, header, `与第 ${first} 行的「${entry.doc[field]}」不一致：${get(header)}`));
      }
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
      ...[...streets.values()].map((doc) => ({ collection: 'streets' as const, doc })),
      ...[...communities.values()].map(({ doc }) => ({ collection: 'communities' as const, doc: compact(doc) })),
      ...[...buildings.values()].map(({ doc }) => ({ collection: 'buildings' as const, doc })),
    ],
  };
}
