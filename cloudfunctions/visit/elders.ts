// The elders' registry (巡访对象): kept by the community's staff, imported from their spreadsheet, and
// the board (overdue first). Personal data only for the community's staff and the named volunteer.
import { createHash } from 'node:crypto';
import { fail, ok, type Result } from '../../src/domain/errors';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { businessDate } from '../../src/domain/time';
import { boardRow, dueOf, elderAccess, elderContact, keepsEldersOf } from '../../src/domain/visit/board';
import { ageOf } from '../../src/domain/visit/elder';
import { decideElder, retireElder } from '../../src/domain/visit/registry';
import { addElder, boardPage, getElder, saveElder } from '../_lib/collections/elders';
import { getVolunteer, registeredVolunteersOf, volunteerKey } from '../_lib/collections/volunteers';
import { dropPlannedOf } from '../_lib/collections/visits';
import type { Deps } from '../_lib/context';
import { peopleNamer } from '../_lib/names';
import type { HandlerContext } from '../_lib/router';
import { elderImportHandlers } from './elderImport';

type A = 'elders' | 'elder' | 'save_elder' | 'retire_elder';
type R<K extends A> = Promise<Result<ActionOutput<'visit', K>>>;

/** A new elder's id: from the caller and the form's request id, so a retried save adds one elder. */
const newElderId = (openid: string, requestId: string) =>
  `el-${createHash('sha256').update(`${openid}\u0000${requestId}`).digest('base64url').slice(0, 22)}`;

export function elderHandlers(deps: Deps) {
  const { db, ref } = deps;
  const outOfScope = () => fail('ELDER.OUT_OF_SCOPE', 'not a community this caller keeps');
  const keeps = (ctx: HandlerContext, communityId: string) => keepsEldersOf(ctx.roles ?? [], ctx.grants ?? [], communityId);

  async function scoped(communityId: string, ctx: HandlerContext): Promise<Result<true>> {
    if (!(await ref.community(communityId))) return fail('COMMUNITY.NOT_FOUND', 'no such community');
    return keeps(ctx, communityId) ? ok(true) : outOfScope();
  }

  return {
    elders: async (input: ActionInput<'visit', 'elders'>, ctx: HandlerContext): R<'elders'> => {
      const allowed = await scoped(input.communityId, ctx);
      if (!allowed.ok) return allowed;
      const now = new Date();
      // The volunteers are read for page 0 (the filter's list) and to turn a filter's key back into the OPENID.
      const volunteers = input.page === 0 || input.volunteerKey ? await registeredVolunteersOf(db, input.communityId) : undefined;
      let volunteerId: string | undefined;
      if (input.volunteerKey) {
        volunteerId = volunteers?.find((v) => volunteerKey(v._id) === input.volunteerKey)?._id;
        if (!volunteerId) return ok({ items: [], page: input.page, hasMore: false });
      }
      const page = await boardPage(db, input.communityId, { tag: input.tag, volunteerId }, input.page, PAGE_SIZE);
      const names = await peopleNamer(
        deps,
        page.items.flatMap((e) => (e.volunteerOpenid ? [e.volunteerOpenid] : [])),
      );
      const items = await Promise.all(
        page.items.map(async (e) => ({
          ...boardRow(e, 'staff', now),
          buildingName: (await ref.building(e.buildingId))?.name ?? e.buildingId,
          ...(e.volunteerOpenid ? { volunteerKey: volunteerKey(e.volunteerOpenid), volunteerName: names.name(e.volunteerOpenid) } : {}),
        })),
      );
      const list = input.page === 0 ? { volunteers: (volunteers ?? []).map((v) => ({ key: volunteerKey(v._id), name: v.name })) } : {};
      return ok({ ...page, items, ...list });
    },

    elder: async (input: ActionInput<'visit', 'elder'>, ctx: HandlerContext): R<'elder'> => {
      const e = await getElder(db, input.elderId);
      if (!e) return fail('ELDER.NOT_FOUND', 'no such elder');
      // The gate lets anyone signed in: the named volunteer needs no roles; anyone else is asked for theirs.
      const access =
        e.volunteerOpenid === ctx.openid ? 'volunteer' : elderAccess({ openid: ctx.openid, ...(await deps.access(ctx.openid)) }, e);
      if (access === 'none') return fail('ELDER.NOT_FOUND', 'no such elder (or not the caller’s to see)');
      const staff = access === 'staff';
      const contact = elderContact(e, access);
      const volunteer = e.volunteerOpenid ? ((await getVolunteer(db, e.volunteerOpenid)) ?? undefined) : undefined;
      const now = new Date();
      return ok({
        elderId: e._id,
        communityId: e.communityId,
        buildingId: e.buildingId,
        buildingName: (await ref.building(e.buildingId))?.name ?? e.buildingId,
        room: contact.masked ? '' : contact.room,
        name: contact.name,
        birthYear: e.birthYear,
        age: ageOf(e.birthYear, now),
        tags: e.tags,
        ...(!contact.masked && contact.phone ? { phone: contact.phone } : {}),
        ...(!contact.masked && contact.guardian ? { guardian: contact.guardian } : {}),
        ...(e.volunteerOpenid ? { volunteerKey: volunteerKey(e.volunteerOpenid) } : {}),
        ...(volunteer ? { volunteerName: volunteer.name } : {}),
        ...(staff
          ? {
              consent: {
                way: e.consent.way,
                date: businessDate(new Date(e.consent.at)),
                ...(e.consent.note ? { note: e.consent.note } : {}),
              },
            }
          : {}),
        active: e.active,
        ...(staff && e.retired ? { retiredReason: e.retired.reason } : {}),
        due: dueOf(e, now),
        version: e.version,
        canEdit: staff && e.active,
      });
    },

    save_elder: async (input: ActionInput<'visit', 'save_elder'>, ctx: HandlerContext): R<'save_elder'> => {
      const allowed = await scoped(input.communityId, ctx);
      if (!allowed.ok) return allowed;
      const { action: _a, elderId, version, requestId, communityId, volunteerKey: key, ...fields } = input;
      if (elderId === undefined && requestId === undefined)
        return fail('INPUT.INVALID', 'a new elder needs a requestId', [{ path: 'requestId', message: '请刷新页面后重试' }]);
      if (elderId !== undefined && version === undefined)
        return fail('INPUT.INVALID', 'an edit needs the version it was read at', [{ path: 'version', message: '请刷新页面后重试' }]);
      const id = elderId ?? newElderId(ctx.openid, requestId!);
      const existing = await getElder(db, id);
      if (elderId !== undefined && (!existing || existing.communityId !== communityId))
        return fail('ELDER.NOT_FOUND', 'no such elder here');
      // A retried new elder (same caller, same request id): the first save stands.
      if (elderId === undefined && existing) return ok({ elderId: id, version: existing.version, created: true });
      let volunteerOpenid: string | undefined;
      if (key) {
        const v = (await registeredVolunteersOf(db, communityId)).find((x) => volunteerKey(x._id) === key);
        if (!v) return fail('ELDER.VOLUNTEER_NOT_FOUND', 'no registered volunteer of the community has that key');
        volunteerOpenid = v._id;
      }
      const decided = decideElder(
        { ...fields, ...(volunteerOpenid ? { volunteerOpenid } : {}) },
        { id, communityId, place: await ref.building(fields.buildingId), existing, version, by: ctx.openid, now: new Date() },
      );
      if (!decided.ok) return decided;
      const written = existing ? await saveElder(db, decided.data, existing.version) : await addElder(db, decided.data);
      if (!written) return fail('ELDER.CHANGED', 'the elder changed meanwhile');
      return ok({ elderId: id, version: decided.data.version, created: !existing });
    },

    retire_elder: async (input: ActionInput<'visit', 'retire_elder'>, ctx: HandlerContext): R<'retire_elder'> => {
      const e = await getElder(db, input.elderId);
      if (!e || !keeps(ctx, e.communityId)) return e ? outOfScope() : fail('ELDER.NOT_FOUND', 'no such elder');
      const decided = retireElder(e, input.version, input.reason, ctx.openid, new Date());
      if (!decided.ok) return decided;
      if (!(await saveElder(db, decided.data, e.version))) return fail('ELDER.CHANGED', 'the elder changed meanwhile');
      // After the save: a retry of a failed removal finds ELDER.RETIRED, and the scheduler skips inactive elders anyway.
      await dropPlannedOf(db, e._id);
      return ok({ elderId: e._id, version: decided.data.version, active: false as const });
    },

    ...elderImportHandlers(deps, keeps),
  };
}
