/**
 * 楼道二维码海报 — for an admin (every community) or a dispatcher (their own): choose a community, see
 * its stairwells (retired ones marked, no poster), make one stairwell's poster or the whole community's
 * (one A4 page each, with progress), then 下载 PDF (H5) / 打开 (mini-program: print or forward).
 * On a desk-wide window (≥ 1024 px) the communities are on the left, the chosen one on the right.
 *
 * Selectors (browser tests):
 * - `#posters-page`; `#posters-error` (`.error-message[data-code]`); `#posters-refresh`
 * - `.posters-community` / `#posters-community-<communityId>` (`data-on`)
 * - `#posters-batch-panel`: `#posters-batch` (生成全社区海报), `#posters-progress` (`data-done`, `data-total`,
 *   `data-status` running | done), `#posters-batch-open` (下载 PDF / 打开)
 * - `.stairwell-row` / `#posters-stairwell-<code>` (`data-retired`), `#poster-make-<code>`, `#poster-open-<code>`
 */
import { Text, View } from '@tarojs/components';
import { Card, Choice, ChoiceGroup, Loading, Notice, PageRoot, RefreshButton } from '@/components';
import { DeskLayout } from '@/components/DeskLayout';
import { useWide } from '@/hooks/useWide';
import { BatchPanel } from '@/admin/components/BatchPanel';
import { communityPdfName, stairwellPdfName } from '@/admin/components/posterNames';
import { StairwellRow } from '@/admin/components/StairwellRow';
import { usePosters } from '@/admin/components/usePosters';
import '@/admin/components/posters.scss';

const OPEN_LABEL = process.env.TARO_ENV === 'weapp' ? '打开' : '下载 PDF';

export default function PostersPage() {
  const wide = useWide();
  const p = usePosters();
  const c = p.community;

  const choices = (
    <ChoiceGroup label='选择社区' className='posters-communities'>
      {p.communities.map((x) => (
        <Choice
          key={x.communityId}
          id={`posters-community-${x.communityId}`}
          className={`posters-community option${x.communityId === c?.communityId ? ' option--on' : ''}`}
          data-on={x.communityId === c?.communityId ? 'true' : 'false'}
          checked={x.communityId === c?.communityId}
          onChoose={() => p.choose(x.communityId)}
        >
          <Text>{x.name}</Text>
        </Choice>
      ))}
    </ChoiceGroup>
  );

  const detail = c && (
    <View className='posters-detail'>
      <Card title={`${c.name} · 全社区`}>
        <BatchPanel
          active={c.stairwells.filter((s) => !s.retired).length}
          progress={p.progress[c.communityId]}
          busy={p.busy && !p.making}
          openLabel={OPEN_LABEL}
          onRun={() => void p.makeAll(c.communityId)}
          onOpen={() => void p.open(p.progress[c.communityId]?.file, communityPdfName(c.name))}
        />
      </Card>
      <Card title='各楼栋'>
        {c.stairwells.length === 0 && <Text className='posters-empty'>这个社区还没有楼栋码</Text>}
        {c.stairwells.map((s) => (
          <StairwellRow
            key={s.code}
            stairwell={s}
            state={{ busy: p.making === s.code, ready: !!p.files[s.code] }}
            openLabel={OPEN_LABEL}
            onMake={() => void p.makeOne(s.code)}
            onOpen={() => void p.open(p.files[s.code], stairwellPdfName(s.code))}
          />
        ))}
      </Card>
    </View>
  );

  return (
    <PageRoot id='posters-page' desk heading='楼道二维码海报'>
      {p.error && (
        <Notice kind='error' code={p.error.code} id='posters-error'>
          {p.error.message}
        </Notice>
      )}
      <RefreshButton id='posters-refresh' onRefresh={p.reload} />
      {p.state.status === 'loading' && <Loading />}
      {p.state.status === 'error' && (
        <Notice kind='error' code={p.state.code} id='posters-error'>
          {p.state.message}
        </Notice>
      )}
      {p.state.status === 'ready' && p.communities.length === 0 && <Notice>您还没有可以生成海报的社区</Notice>}
      {wide ? (
        <DeskLayout list={choices} detail={detail} />
      ) : (
        <>
          {choices}
          {detail}
        </>
      )}
    </PageRoot>
  );
}
