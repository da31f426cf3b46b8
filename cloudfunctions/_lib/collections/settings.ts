// `settings/{key}`: the bank's configuration, one versioned document per key (src/domain/settings.ts),
// and `settingsLog/{key}:{version}`: every change kept, with who, when and why.
import type { DB } from 'wx-server-sdk';
import { changeSetting, settingValue, type SettingKey, type SettingValue, type StoredSetting } from '../../../src/domain/settings';
import { getDoc, getPage } from '../db';
import { inTransaction } from '../transaction';
import { collection } from './names';

export const storedSetting = <K extends SettingKey>(db: DB.Database, key: K) => getDoc<StoredSetting<K>>(db, 'settings', key);

/** The value in force: stored, or the default. One read. */
export const settingOf = async <K extends SettingKey>(db: DB.Database, key: K): Promise<SettingValue<K>> =>
  settingValue(key, await storedSetting(db, key));

/** Replaces a setting if `version` is still the stored one; false when someone changed it meanwhile. */
export async function saveSetting<K extends SettingKey>(
  db: DB.Database,
  key: K,
  change: { value: SettingValue<K>; version: number; reason: string; by: string },
  now: Date,
): Promise<StoredSetting<K> | false> {
  const r = await inTransaction<StoredSetting<K> | false, never>(db, async (t) => {
    const current = (await t.collection('settings').doc(key).get()).data as StoredSetting<K> | null;
    const decided = changeSetting(key, current, change, now);
    if (!decided.ok) return false;
    const { _id, ...doc } = decided.doc;
    await t.collection('settings').doc(_id).set({ data: doc });
    await t.collection('settingsLog').add({ data: decided.log });
    return decided.doc;
  });
  return 'done' in r ? r.done : false;
}

/** A setting's changes, newest first (index key_1_version_-1). */
export const settingHistory = (db: DB.Database, key: SettingKey, page: number, size: number) =>
  getPage<{ _id: string; key: SettingKey; version: number; value: unknown; by: string; at: Date; reason: string }>(
    collection(db, 'settingsLog').where({ key }).orderBy('version', 'desc'),
    page,
    size,
  );

/** Several settings in force in one read (`_id in …`); each stored or the default. */
export async function settingsOf<K extends SettingKey>(db: DB.Database, keys: readonly K[]): Promise<{ [P in K]: SettingValue<P> }> {
  const { data } = (await collection(db, 'settings')
    .where({ _id: db.command.in([...keys]) })
    .get()) as unknown as { data: StoredSetting[] };
  return Object.fromEntries(
    keys.map((k) => [
      k,
      settingValue(
        k,
        data.find((d) => d._id === k),
      ),
    ]),
  ) as { [P in K]: SettingValue<P> };
}
