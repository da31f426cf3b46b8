// One community's stairwells: a search box (code or name), 20 a page, 加载更多; an admin may retire a
// stairwell (停用: its code is never reused) after a confirmation.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, Dialog, FormInput, Loading, Notice } from '@/components';
import type { ActionOutput } from '@/domain/schemas';
import { useAct } from '@/hooks/useAct';
import { call } from '@/services';
import type { CommunityNode } from './PlaceTree';
import type { Stairwells } from './useStairwells';

type Stairwell = ActionOutput<'admin', 'stairwells'>['items'][number];

interface Props {
  community: CommunityNode;
  stairwells: Stairwells;
  /** Admins retire stairwells; dispatchers only read. */
  canRetire: boolean;
}

/**
 * `#stairwells` (`#stairwells-title`), `#stairwell-search` (H5: `#stairwell-search input`),
 * `#stairwell-search-button`, `#stairwell-search-clear`, `.stairwell` / `#stairwell-<code>` (`data-retired`),
 * `#retire-<code>`, `#retire-dialog` (`#retire-confirm`, `#retire-keep`), `#stairwells-more`, `#stairwells-empty`.
 */
export function StairwellList({ community, stairwells, canRetire }: Props) {
  const { list, search, setSearch, reload, more } = stairwells;
  const [draft, setDraft] = useState(search);
  const [asking, setAsking] = useState<Stairwell>();
  const { busy, error, done, act } = useAct();
  const retire = async (s: Stairwell) => {
    const r = await act(() => call('admin', { action: 'retire_stairwell', code: s.code }), `已停用 ${s.code}`);
    setAsking(undefined);
    if (r.ok) await reload();
  };
  return (
    <View id='stairwells' className='stairwells'>
      <Text className='section-title' id='stairwells-title'>{`${community.name} · 楼栋码`}</Text>
      <View className='admin-search'>
        <FormInput
          id='stairwell-search'
          label='搜索楼栋'
          value={draft}
          maxlength={20}
          placeholder='如 B-00、3栋、翠湖小区'
          boxClassName='admin-search-box'
          onInput={setDraft}
        />
        <BigButton kind='secondary' id='stairwell-search-button' className='admin-button' onClick={() => setSearch(draft.trim())}>
          搜索
        </BigButton>
        {search ? (
          <BigButton kind='plain' id='stairwell-search-clear' className='admin-button' onClick={() => (setDraft(''), setSearch(''))}>
            清除
          </BigButton>
        ) : null}
      </View>
      {error ? (
        <Notice kind='error' code={error.code}>
          {error.message}
        </Notice>
      ) : null}
      {done ? <Notice kind='success'>{done}</Notice> : null}
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' && list.error ? (
        <Notice kind='error' code={list.error.code}>
          {list.error.message}
        </Notice>
      ) : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <Notice kind='info' id='stairwells-empty'>
          {search ? `没有找到「${search}」开头的楼栋码或楼栋` : '这个社区还没有楼栋码'}
        </Notice>
      ) : null}
      {list.items.map((s) => (
        <Card key={s.code} className={`stairwell${s.retired ? ' stairwell--retired' : ''}`} id={`stairwell-${s.code}`}>
          <View className='row stairwell-row' data-retired={s.retired}>
            <View className='stairwell-text'>
              <Text className='stairwell-code'>{s.code}</Text>
              <Text className='stairwell-name'>{`${s.estateName} ${s.name}`}</Text>
              <Text className='meta'>
                {s.retired ? '已停用（码不再使用）' : s.fixes === 'unit' ? '码已含单元：只问房号' : '码含楼栋：问单元和房号'}
              </Text>
            </View>
            {canRetire && !s.retired ? (
              <BigButton kind='plain' id={`retire-${s.code}`} className='admin-button' onClick={() => setAsking(s)}>
                停用
              </BigButton>
            ) : null}
          </View>
        </Card>
      ))}
      {list.hasMore ? (
        <BigButton kind='plain' id='stairwells-more' busy={list.loadingMore} onClick={() => void more()}>
          加载更多
        </BigButton>
      ) : null}
      {asking ? (
        <Dialog
          id='retire-dialog'
          title={`停用楼栋码 ${asking.code}？`}
          confirmId='retire-confirm'
          cancelId='retire-keep'
          confirmText='确认停用'
          cancelText='不停用'
          danger
          busy={busy}
          onConfirm={() => void retire(asking)}
          onCancel={() => setAsking(undefined)}
        >
          <Text className='body-text'>{`${asking.estateName} ${asking.name}。停用后扫这张码会提示「此二维码已停用」，这个码以后也不会再分给别的楼栋。`}</Text>
        </Dialog>
      ) : null}
    </View>
  );
}
