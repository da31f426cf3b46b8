// A setting's 修改记录 (bank.setting_history), newest first: each version with when, who and why, and
// what it changed from the version before (the defaults before version 1), in the form's words.
import { Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import type { ActionOutput } from '@/domain/schemas';
import { changesOf, type Field } from '@/domain/settingFields';
import { SETTINGS, type SettingKey } from '@/domain/settings';
import { usePaged } from '@/hooks/usePaged';
import { call } from '@/services';
import { formatDateTime } from '@/services/clock';
import { ListState, MoreButton } from './PagedParts';

type Change = ActionOutput<'bank', 'setting_history'>['items'][number];

/** `#setting-<key>-history`: `.setting-change` / `#setting-<key>-history-<n>` (data-version), `.setting-change-diff`; `#setting-<key>-history-more`. */
export function SettingHistory({ settingKey, fields }: { settingKey: SettingKey; fields?: readonly Field[] }) {
  const load = useCallback((page: number) => call('bank', { action: 'setting_history' as const, key: settingKey, page }), [settingKey]);
  const { list, more } = usePaged<Change>(load, { keyOf: (c) => String(c.version) });
  const base = `setting-${settingKey}-history`;
  /** The value a change replaced, when it is known: the next older item shown, or the defaults. */
  const before = (i: number) => {
    const version = list.items[i]!.version;
    const older = list.items[i + 1];
    if (older?.version === version - 1) return { value: older.value };
    return version === 1 ? { value: SETTINGS[settingKey].defaults } : undefined;
  };
  return (
    <View className='setting-history' id={base}>
      <ListState list={list} empty='还没有修改记录。' />
      {list.items.map((c, i) => {
        const was = before(i);
        const diff = fields && was ? changesOf(fields, was.value, c.value) : [];
        return (
          <View className='setting-change' id={`${base}-${i}`} key={c.version} data-version={c.version}>
            <Text className='setting-change-what'>{`第 ${c.version} 版 · ${formatDateTime(c.at)} · ${c.byName}`}</Text>
            <Text className='meta setting-change-reason'>{`原因：${c.reason}`}</Text>
            {diff.map((d) => (
              <Text className='meta setting-change-diff' key={d.label}>{`${d.label}：${d.from} → ${d.to}`}</Text>
            ))}
          </View>
        );
      })}
      <MoreButton id={`${base}-more`} list={list} more={more} />
    </View>
  );
}
