// The top of a setting's card: the version in force, when it was last changed and why, and its
// 修改记录 on demand. A key with a page of its own (收费标准) shows a link there instead of a form.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { BigButton, Card, Tappable } from '@/components';
import type { Field } from '@/domain/settingFields';
import type { SettingKey } from '@/domain/settings';
import { formatDateTime } from '@/services/clock';
import { EDITED_ELSEWHERE } from './elsewhere';
import { SettingHistory } from './SettingHistory';

export interface SettingState {
  version: number;
  updatedAt?: string;
  reason?: string;
}

/** `#setting-<key>-about` (version, when, why); `#setting-<key>-history-toggle` once changed. */
export function SettingAbout({ settingKey, state, fields }: { settingKey: SettingKey; state: SettingState; fields?: readonly Field[] }) {
  const [open, setOpen] = useState(false);
  const base = `setting-${settingKey}`;
  const when = state.updatedAt ? ` · ${formatDateTime(state.updatedAt)} 修改` : '';
  return (
    <View className='setting-about'>
      <Text className='meta' id={`${base}-about`}>
        {state.version ? `第 ${state.version} 版${when}${state.reason ? ` · 原因：${state.reason}` : ''}` : '默认设置，尚未修改'}
      </Text>
      {state.version ? (
        <BigButton kind='plain' id={`${base}-history-toggle`} onClick={() => setOpen(!open)}>
          {open ? '收起修改记录' : '修改记录'}
        </BigButton>
      ) : null}
      {open ? <SettingHistory settingKey={settingKey} fields={fields} /> : null}
    </View>
  );
}

/** `#setting-<key>` with `#setting-<key>-go`: the link to the key's own page. */
export function ElsewhereCard({ settingKey, label, state }: { settingKey: SettingKey; label: string; state: SettingState }) {
  const where = EDITED_ELSEWHERE[settingKey]!;
  return (
    <Card title={label} id={`setting-${settingKey}`}>
      <SettingAbout settingKey={settingKey} state={state} />
      <Tappable
        role='link'
        className='setting-link'
        id={`setting-${settingKey}-go`}
        onClick={() => void Taro.navigateTo({ url: where.url })}
      >
        <Text>{where.go}</Text>
      </Tappable>
    </Card>
  );
}
