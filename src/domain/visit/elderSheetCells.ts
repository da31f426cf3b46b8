// Reading the cells of an elders' sheet row that name something stored: the stairwell (a code or a
// unique name), the named volunteer (a mobile or a unique name), the guardian; and whether a row
// changes a stored elder's registry fields.
import { ElderPhone, PersonName, Phone } from '../schemas/common';
import type { Elder } from './elder';
import type { ElderPlace } from './registry';

/** A code (B-0012), or a stairwell name unique in the community (3栋2单元); else what is wrong. */
export function placeOf(text: string, places: readonly (ElderPlace & { name: string })[]): (ElderPlace & { name: string }) | string {
  const byCode = places.find((p) => p._id === text);
  if (byCode) return byCode;
  const named = places.filter((p) => p.name === text);
  if (named.length === 1) return named[0];
  return named.length > 1 ? `本社区有多个「${text}」，请填楼栋码` : `本社区找不到：${text}`;
}

/** A registered volunteer of the community by mobile, or by a name unique among them (blank: none). */
export function volunteerOf(
  text: string,
  volunteers: readonly { _id: string; name: string; phone: string }[],
): { id?: string } | { problem: string } {
  if (!text) return {};
  if (Phone.safeParse(text).success) {
    const v = volunteers.find((x) => x.phone === text);
    return v ? { id: v._id } : { problem: `本社区没有这个手机号的已注册志愿者：${text}` };
  }
  const named = volunteers.filter((x) => x.name === text);
  if (named.length === 1) return { id: named[0]._id };
  return { problem: named.length > 1 ? `本社区有多位「${text}」，请填手机号` : `本社区找不到已注册的志愿者：${text}` };
}

export function guardianOf(name: string, phone: string, say: (column: string, what: string) => void): Elder['guardian'] | undefined {
  if (!name && !phone) return undefined;
  const n = PersonName.safeParse(name);
  const p = ElderPhone.safeParse(phone);
  if (!n.success) say('监护人', `不对：${n.error.issues[0]?.message}`);
  if (!phone) say('监护人电话', '填了监护人就要填电话');
  else if (!p.success) say('监护人电话', `不对：${p.error.issues[0]?.message}`);
  return n.success && p.success && p.data ? { name: n.data, phone: p.data } : undefined;
}

/** The registry's fields are the same (the board's fields and the time of the save do not count). */
export function sameRegistry(a: Elder, b: Elder): boolean {
  const pick = (e: Elder) =>
    JSON.stringify([
      e.buildingId,
      e.room,
      e.name,
      e.birthYear,
      e.tags,
      e.phone ?? '',
      e.guardian ?? null,
      e.volunteerOpenid ?? '',
      e.consent.way,
      new Date(e.consent.at).getTime(),
      e.active,
    ]);
  return pick(a) === pick(b);
}
