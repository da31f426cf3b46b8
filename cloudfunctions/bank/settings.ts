// 积分规则与设置: the bank's configuration as the admin reads and changes it (compare-and-set on the
// version, every change kept with who and why).
import { fail, ok, type Result } from '../../src/domain/errors';
import { SETTINGS, SETTING_KEYS, settingValue } from '../../src/domain/settings';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { saveSetting, settingHistory, storedSetting } from '../_lib/collections/settings';
import type { Deps } from '../_lib/context';
import { peopleNamer } from '../_lib/names';
import type { HandlerContext } from '../_lib/router';

type R<A extends 'settings' | 'set_setting' | 'setting_history'> = Promise<Result<ActionOutput<'bank', A>>>;

export function settingHandlers(deps: Deps) {
  const { db } = deps;
  return {
    settings: async (): R<'settings'> => {
      const stored = await Promise.all(SETTING_KEYS.map((key) => storedSetting(db, key)));
      const out = Object.fromEntries(
        SETTING_KEYS.map((key, i) => {
          const s = stored[i];
          return [
            key,
            {
              label: SETTINGS[key].label,
              value: settingValue(key, s),
              version: s?.version ?? 0,
              ...(s ? { updatedAt: new Date(s.updatedAt).toISOString(), reason: s.reason } : {}),
            },
          ];
        }),
      );
      return ok(out as ActionOutput<'bank', 'settings'>);
    },

    set_setting: async (input: ActionInput<'bank', 'set_setting'>, ctx: HandlerContext): R<'set_setting'> => {
      const saved = await saveSetting(
        db,
        input.key,
        { value: input.value, version: input.version, reason: input.reason, by: ctx.openid },
        new Date(),
      );
      if (!saved) return fail('SETTING.CHANGED', 'the setting was changed meanwhile');
      return ok({ key: input.key, version: saved.version });
    },

    setting_history: async (input: ActionInput<'bank', 'setting_history'>): R<'setting_history'> => {
      const page = await settingHistory(db, input.key, input.page, PAGE_SIZE);
      const names = await peopleNamer(
        deps,
        page.items.map((i) => i.by),
      );
      return ok({
        ...page,
        items: page.items.map((i) => ({
          version: i.version,
          value: i.value,
          byName: names.name(i.by),
          at: new Date(i.at).toISOString(),
          reason: i.reason,
        })),
      });
    },
  };
}
