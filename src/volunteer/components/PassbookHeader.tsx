// The passbook's head (存折封面): the balance, hours served this year and in all, the star level, a
// party member's hours against the requirement, and the way to 我的荣誉. The honours come from
// bank.recognition; if they fail to load, the balance still shows.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback } from 'react';
import { Card, Tappable } from '@/components';
import type { ActionOutput } from '@/domain/schemas';
import { useRemote } from '@/hooks/useRemote';
import { call, hoursOf } from '@/services';
import { PartyHours } from './PartyHours';
import { StarLevel } from './StarLevel';

type Book = Pick<ActionOutput<'volunteer', 'passbook'>, 'balance' | 'minutes'>;

export function PassbookHeader({ book }: { book: Book }) {
  const load = useCallback(() => call('bank', { action: 'recognition' as const }), []);
  const { state } = useRemote(load);
  const honours = state.status === 'ready' ? state.data : undefined;
  return (
    <Card title='我的公益存折'>
      <View className='stats'>
        <View className='stat'>
          <Text className='stat-value' id='passbook-balance'>
            {book.balance}
          </Text>
          <Text className='stat-label'>积分余额</Text>
        </View>
        <View className='stat'>
          <Text className='stat-value' id='passbook-year-hours'>
            {honours ? hoursOf(honours.minutesThisYear) : '…'}
          </Text>
          <Text className='stat-label'>今年服务（小时）</Text>
        </View>
        <View className='stat'>
          <Text className='stat-value' id='passbook-hours'>
            {hoursOf(book.minutes)}
          </Text>
          <Text className='stat-label'>累计服务（小时）</Text>
        </View>
      </View>
      {honours && <StarLevel stars={honours.stars} />}
      {honours?.party && <PartyHours minutes={honours.party.minutes} requiredHours={honours.party.requiredHours} />}
      {state.status === 'error' && <Text className='meta'>星级和荣誉暂时没有读到，请稍后下拉刷新</Text>}
      <Tappable
        role='link'
        className='link honours-link'
        id='go-badges'
        onClick={() => void Taro.navigateTo({ url: '/volunteer/pages/badges/index' })}
      >
        我的荣誉（徽章）›
      </Tappable>
    </Card>
  );
}
