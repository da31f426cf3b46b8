/**
 * 管理后台 — the admin area's home: one entry per part the caller's roles open (a dispatcher: 场所, 队伍,
 * 二维码海报; an admin: all seven). Someone with neither role is told so.
 *
 * Selectors (browser tests):
 * - `#admin-home`; `#admin-title`
 * - `.admin-entry` / `#admin-entry-<key>` (key = places | teams | people | invitations | import | posters | sponsors)
 * - `#admin-none` (no admin-area role), `.error-message[data-code]`, `#retry-button`
 */
import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Loading, Notice, PageRoot, RetryNotice, Tappable } from '@/components';
import { headingProps } from '@/components/a11y';
import { entriesFor } from '@/admin/components/entries';
import { useWhoami } from '@/hooks/useWhoami';
import '@/admin/components/admin.scss';

export default function AdminHome() {
  const { state, reload } = useWhoami();
  const entries = state.status === 'ready' ? entriesFor(state.data.roles) : [];
  return (
    <PageRoot id='admin-home' desk>
      <Text className='section-title' id='admin-title' {...headingProps(1)}>
        管理后台
      </Text>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <RetryNotice code={state.code} message={state.message} onRetry={() => void reload()} /> : null}
      {state.status === 'ready' && entries.length === 0 ? (
        <Notice kind='info' id='admin-none'>
          管理后台只对街道管理员和派单员开放。
        </Notice>
      ) : null}
      {entries.map((e) => (
        <Tappable
          key={e.key}
          role='link'
          className='card admin-entry'
          id={`admin-entry-${e.key}`}
          onClick={() => void Taro.navigateTo({ url: e.url })}
        >
          <Text className='card-title'>{e.label}</Text>
          <Text className='meta'>{e.hint}</Text>
        </Tappable>
      ))}
    </PageRoot>
  );
}
