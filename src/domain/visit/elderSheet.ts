// The community's elders' spreadsheet (巡访对象导入): its columns with Chinese headers, and the check of
// each row against the community (its stairwells, its registered volunteers, the elders already kept),
// giving every problem as a Chinese sentence, or the elders to write (new, changed, unchanged).
import { checkHeadersOf, problem, type Column, type Problem, type SheetRow } from '../org/import/columns';
import { cell } from '../org/import/types';
import { list, type NewId } from '../org/import/values';
import { normaliseRoom } from '../money/household';
import { ElderPhone, PersonName } from '../schemas/common';
import { guardianOf, placeOf, sameRegistry, volunteerOf } from './elderSheetCells';
import { ELDER_TAG_LABELS, ELDER_TAGS, CONSENT_WAY_LABELS, CONSENT_WAYS, type ConsentWay, type Elder, type ElderTag } from './elder';
import { decideElder, type ElderFields, type ElderPlace } from './registry';

const col = (header: string, required: boolean, example: string, width = 14): Column => ({ header, required, example, width });

export const ELDER_COLUMNS: readonly Column[] = [
  col('姓名', true, '张桂兰', 10),
  col('出生年份', true, '1948', 10),
  col('楼栋码', true, 'B-0012'),
  col('房号', true, '502', 10),
  col('标签', false, '独居、困难', 16),
  col('本人电话', false, '0871-63125566', 16),
  col('监护人', false, '李强', 10),
  col('监护人电话', false, '13800000021', 16),
  col('联系志愿者', false, '13800000002', 16),
  col('同意方式', true, '本人签字', 12),
  col('同意日期', true, '2026-03-01', 12),
];
export const ELDER_SHEET_NAME = '巡访对象';

export const checkElderHeaders = (headers: readonly string[]) => checkHeadersOf(ELDER_COLUMNS, headers);

/** What a community's sheet is checked against. */
export interface ElderSheetContext {
  communityId: string;
  /** The community's stairwells, by code (`_id`) and by name (楼栋/单元, when unique in the community). */
  places: readonly (ElderPlace & { name: string })[];
  /** The community's registered volunteers (matched by mobile, or by a name unique among them). */
  volunteers: readonly { _id: string; name: string; phone: string }[];
  /** The community's elders as stored (matched by stairwell, room and name: a second import adds nobody). */
  elders: readonly Elder[];
  by: string;
  now: Date;
  newId: NewId;
}

export type ElderChange = 'create' | 'update' | 'unchanged';
export type ElderSheetResult = { ok: true; elders: { elder: Elder; change: ElderChange }[] } | { ok: false; problems: Problem[] };

const TAG_BY_LABEL = new Map(ELDER_TAGS.map((t) => [ELDER_TAG_LABELS[t], t] as const));
const WAY_BY_LABEL = new Map<string, ConsentWay>([
  ...CONSENT_WAYS.map((w) => [CONSENT_WAY_LABELS[w], w] as const),
  ['签字', 'signed'],
  ['口头', 'verbal'],
  ['监护人', 'guardian'],
]);
/** Where a field problem of decideElder shows in the sheet. */
const COLUMN_OF: Record<string, string> = {
  birthYear: '出生年份',
  buildingId: '楼栋码',
  room: '房号',
  tags: '标签',
  'consent.date': '同意日期',
  guardian: '监护人',
  'guardian.phone': '监护人电话',
};
const keyOf = (buildingId: string, room: string, name: string) => `${buildingId}\u0001${normaliseRoom(room)}\u0001${name}`;

export function checkElderSheet(rows: readonly SheetRow[], c: ElderSheetContext): ElderSheetResult {
  const problems: Problem[] = [];
  const out: { elder: Elder; change: ElderChange }[] = [];
  const seen = new Map<string, number>();
  const stored = new Map(c.elders.map((e) => [keyOf(e.buildingId, e.room, e.name), e]));
  for (const { row, values } of rows) {
    const get = (h: string) => cell(values, h);
    const say = (column: string, what: string) => problems.push(problem(row, column, what));
    const before = problems.length;
    for (const col of ELDER_COLUMNS) if (col.required && !get(col.header)) say(col.header, '没有填写');
    if (problems.length > before) continue;

    const name = PersonName.safeParse(get('姓名'));
    if (!name.success) say('姓名', `不对：${name.error.issues[0]?.message}`);
    const year = /^\d{4}$/.test(get('出生年份')) ? Number(get('出生年份')) : NaN;
    if (Number.isNaN(year)) say('出生年份', `应为四位年份，如 1948：${get('出生年份')}`);
    const place = placeOf(get('楼栋码'), c.places);
    if (typeof place === 'string') say('楼栋码', place);
    const tags: ElderTag[] = [];
    for (const word of list(get('标签'))) {
      const t = TAG_BY_LABEL.get(word);
      if (!t) say('标签', `不认识：${word}（可填 ${ELDER_TAGS.map((x) => ELDER_TAG_LABELS[x]).join('、')}）`);
      else if (!tags.includes(t)) tags.push(t);
    }
    const phone = ElderPhone.safeParse(get('本人电话'));
    if (!phone.success) say('本人电话', `不对：${phone.error.issues[0]?.message}`);
    const guardian = guardianOf(get('监护人'), get('监护人电话'), say);
    const volunteer = volunteerOf(get('联系志愿者'), c.volunteers);
    if ('problem' in volunteer) say('联系志愿者', volunteer.problem);
    const way = WAY_BY_LABEL.get(get('同意方式'));
    if (!way) say('同意方式', `应填「${CONSENT_WAYS.map((w) => CONSENT_WAY_LABELS[w]).join('」「')}」之一：${get('同意方式')}`);
    if (problems.length > before || !name.success || !phone.success || !way || typeof place !== 'object' || 'problem' in volunteer)
      continue;

    const key = keyOf(place._id, get('房号'), name.data);
    if (seen.has(key)) {
      say('姓名', `与第 ${seen.get(key)} 行是同一位老人（同楼栋、同房号、同姓名）`);
      continue;
    }
    seen.set(key, row);
    const existing = stored.get(key) ?? null;
    if (existing && !existing.active) {
      say('姓名', '这位老人已移出巡访名单，不再导入');
      continue;
    }
    const fields: ElderFields = {
      name: name.data,
      birthYear: year,
      buildingId: place._id,
      room: get('房号'),
      tags,
      ...(phone.data ? { phone: phone.data } : {}),
      ...(guardian ? { guardian } : {}),
      ...(volunteer.id ? { volunteerOpenid: volunteer.id } : {}),
      consent: { way, date: get('同意日期') },
    };
    const decided = decideElder(fields, {
      id: existing?._id ?? c.newId('el'),
      communityId: c.communityId,
      place,
      existing,
      version: existing?.version,
      by: c.by,
      now: c.now,
    });
    if (!decided.ok) {
      for (const i of decided.error.issues ?? []) say(COLUMN_OF[i.path] ?? '', i.message);
      continue;
    }
    out.push({ elder: decided.data, change: !existing ? 'create' : sameRegistry(existing, decided.data) ? 'unchanged' : 'update' });
  }
  return problems.length ? { ok: false, problems: [...problems].sort((a, b) => a.row - b.row) } : { ok: true, elders: out };
}
