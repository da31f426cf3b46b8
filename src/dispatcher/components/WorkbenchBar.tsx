// The workbench's controls above the list: the tabs (待派单 … 已结束), one search box (a phone's last 4
// digits, a stairwell code or words of the description), 刷新, and 活动组织 (the centre's activities).
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { BigButton, FormInput, Tappable } from '@/components';
import { regionProps } from '@/components/a11y';
import { countLabel, QUEUE_TAB_LABELS, QUEUE_TABS } from '@/domain/wish/queue';
import { askDispatcherSubscriptions, canAskDispatcherSubscriptions } from '@/services';
import type { Workbench } from './useQueue';
import './workbench.scss';

export function WorkbenchBar({ bench }: { bench: Workbench }) {
  const [draft, setDraft] = useState(bench.search);
  const apply = (q: string) => bench.setSearch(q.trim());
  return (
    <View className='workbench-bar' id='workbench-bar'>
      <View className='workbench-tabs' {...regionProps({ role: 'tablist', label: '派单台' })}>
        {QUEUE_TABS.map((key) => {
          const count = bench.counts && key !== 'ended' ? bench.counts[key] : undefined;
          return (
            <Tappable
              key={key}
              role='tab'
              selected={bench.tab === key}
              className={`workbench-tab${bench.tab === key ? ' workbench-tab--on' : ''}`}
              id={`queue-tab-${key}`}
              data-on={bench.tab === key}
              onClick={() => bench.setTab(key)}
            >
              {QUEUE_TAB_LABELS[key]}
              {count !== undefined ? <Text className='workbench-count' data-count={count}>{` ${countLabel(count)}`}</Text> : null}
            </Tappable>
          );
        })}
      </View>
      <View className='workbench-search'>
        <FormInput
          id='queue-search'
          label='搜索心愿'
          describedBy={['queue-search-hint']}
          value={draft}
          maxlength={40}
          placeholder='描述中的字、楼栋码或手机尾号'
          boxClassName='workbench-search-box'
          onInput={setDraft}
        />
        <BigButton kind='secondary' id='queue-search-button' className='workbench-button' onClick={() => apply(draft)}>
          搜索
        </BigButton>
        <BigButton
          kind='plain'
          id='queue-refresh'
          className='workbench-button'
          busy={bench.list.status === 'loading'}
          onClick={() => void bench.reload()}
        >
          刷新
        </BigButton>
      </View>
      <View className='row workbench-actions'>
        <Text className='meta workbench-hint' id='queue-search-hint'>
          {bench.search ? `正在搜索「${bench.search}」（本分类内）` : '手机尾号填4位数字，楼栋码如 B-0012'}
        </Text>
        {bench.search ? (
          <BigButton kind='plain' id='queue-search-clear' className='workbench-button' onClick={() => (setDraft(''), apply(''))}>
            清除搜索
          </BigButton>
        ) : null}
        <BigButton
          kind='plain'
          id='queue-activities'
          className='workbench-button'
          onClick={() => void Taro.navigateTo({ url: '/dispatcher/pages/activities/index' })}
        >
          活动组织
        </BigButton>
        {canAskDispatcherSubscriptions() ? (
          <BigButton kind='plain' id='queue-subscribe' className='workbench-button' onClick={() => void askDispatcherSubscriptions()}>
            接收新心愿提醒
          </BigButton>
        ) : null}
      </View>
    </View>
  );
}
