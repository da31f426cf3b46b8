import { Text, View } from '@tarojs/components';
import { BigButton } from '@/components';
import type { PosterStairwell } from '@/domain/schemas/poster';

export interface RowState {
  busy?: boolean;
  ready?: boolean;
}

/**
 * One stairwell of the chosen community: 小区 · 楼栋, its code, and 「生成本楼海报」 (then 「下载 PDF」 /
 * 「打开」). A retired one says 已停用 and gets no poster.
 */
export function StairwellRow({
  stairwell: s,
  state,
  openLabel,
  onMake,
  onOpen,
}: {
  stairwell: PosterStairwell;
  state: RowState;
  openLabel: string;
  onMake: () => void;
  onOpen: () => void;
}) {
  return (
    <View className='stairwell-row' id={`posters-stairwell-${s.code}`} data-retired={s.retired ? 'true' : 'false'}>
      <View className='stairwell-names'>
        <Text className='stairwell-place'>
          {s.estateName} · {s.name}
        </Text>
        <Text className='stairwell-code'>{s.code}</Text>
        {s.retired && <Text className='stairwell-retired'>已停用，不生成海报</Text>}
      </View>
      {!s.retired && (
        <View className='stairwell-actions'>
          <BigButton kind='secondary' id={`poster-make-${s.code}`} busy={state.busy} onClick={onMake}>
            生成本楼海报
          </BigButton>
          {state.ready && (
            <BigButton kind='plain' id={`poster-open-${s.code}`} onClick={onOpen}>
              {openLabel}
            </BigButton>
          )}
        </View>
      )}
    </View>
  );
}
