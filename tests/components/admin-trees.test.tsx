// The admin area's trees in jsdom: the places tree (street → community facts → estates; choosing one),
// a community's stairwells (search, retire after a confirmation, paging), the teams tree (indented by
// depth, masked leaders, 停用/启用 only for admins), the admin home's entries by role and the budget
// grant form (checked before the confirmation; one request id however often it is sent).
import { beforeAll, describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';
import type { Paged } from '@/hooks/usePaged';

const answers: unknown[] = [];
const mockCall = jest.fn(async (_fn: string, _event: Record<string, unknown>) => answers.shift()!);
jest.mock('@/services', () => ({ ...jest.requireActual<object>('@/services'), call: mockCall }));

let PlaceTree: typeof import('@/admin/components/PlaceTree').PlaceTree;
let StairwellList: typeof import('@/admin/components/StairwellList').StairwellList;
let TeamTree: typeof import('@/admin/components/TeamTree').TeamTree;
let GrantForm: typeof import('@/admin/components/GrantForm').GrantForm;
let entriesFor: typeof import('@/admin/components/entries').entriesFor;
beforeAll(async () => {
  ({ PlaceTree } = await import('@/admin/components/PlaceTree'));
  ({ StairwellList } = await import('@/admin/components/StairwellList'));
  ({ TeamTree } = await import('@/admin/components/TeamTree'));
  ({ GrantForm } = await import('@/admin/components/GrantForm'));
  ({ entriesFor } = await import('@/admin/components/entries'));
});

const el = (selector: string) => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const texts = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.textContent);
const type = (selector: string, value: string) =>
  act(() => void el(selector).dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true })));
const tap = async (selector: string) => act(async () => void fireEvent.click(el(selector)));

const jinding = {
  communityId: 'c-jinding',
  name: '金鼎社区',
  hotline: '0871-63120012',
  station: '金鼎社区新时代文明实践站',
  sponsorId: 'street-xmh',
  sponsorName: '洗马河街道公益积分预算',
  serviceDay: 3,
  stairwells: 2,
  retired: 1,
  estates: [{ name: '翠湖小区', stairwells: 2 }],
};
const qingyun = {
  communityId: 'c-qingyun',
  name: '青云社区',
  sponsorId: 'street-xmh',
  stairwells: 1,
  retired: 0,
  estates: [{ name: '青云里', stairwells: 1 }],
};

describe('places tree', () => {
  test("each community's station, hotline, sponsor, service day and counts, its estates; a tap chooses it", async () => {
    const onPick = jest.fn();
    render(
      <PlaceTree
        streets={[{ streetId: 's-ximahe', name: '洗马河街道', hotline: '0871-63120000', communities: [jinding, qingyun] }]}
        selectedId='c-qingyun'
        onPick={onPick}
      />,
    );
    expect(el('#street-s-ximahe .tree-street-name').textContent).toBe('洗马河街道 · 0871-63120000');
    expect(texts('#community-c-jinding .community-fact')).toEqual([
      '服务站：金鼎社区新时代文明实践站',
      '电话：0871-63120012',
      '赞助方：洗马河街道公益积分预算',
      '服务日：每周三',
      '楼栋码 2 个（另有停用 1 个）',
    ]);
    expect(texts('#community-c-qingyun .community-fact')).toEqual([
      '服务站：未填写',
      '电话：未填写',
      '赞助方：street-xmh',
      '服务日：未设置（排进服务日时用工作日历的默认服务日）',
      '楼栋码 1 个',
    ]);
    expect(texts('#community-c-jinding .tree-estate')).toEqual(['翠湖小区（2）']);
    expect(el('#community-c-qingyun').getAttribute('data-on')).toBe('true');
    await tap('#community-c-jinding');
    expect(onPick).toHaveBeenCalledWith('c-jinding');
  });
});

describe('stairwells', () => {
  type Item = { code: string; name: string; estateName: string; fixes?: 'unit' | 'building'; retired: boolean };
  const bench = (items: Item[], over: Partial<Paged<Item>> = {}) => ({
    list: { status: 'ready' as const, items, hasMore: false, loadingMore: false, ...over },
    search: '',
    setSearch: jest.fn(),
    reload: jest.fn(async () => undefined),
    more: jest.fn(async () => undefined),
  });
  const rows: Item[] = [
    { code: 'B-0012', name: '3栋2单元', estateName: '翠湖小区', fixes: 'unit', retired: false },
    { code: 'B-0011', name: '1栋', estateName: '翠湖小区', fixes: 'building', retired: true },
  ];

  test('search, paging; an admin retires a stairwell only after the confirmation', async () => {
    const b = bench(rows, { hasMore: true });
    render(<StairwellList community={jinding} stairwells={b} canRetire />);
    expect(el('#stairwells-title').textContent).toBe('金鼎社区 · 楼栋码');
    expect(el('#stairwell-B-0011 .stairwell-row').getAttribute('data-retired')).toBe('true');
    expect(document.querySelector('#retire-B-0011')).toBeNull();
    type('#stairwell-search', ' 翠湖 ');
    await tap('#stairwell-search-button');
    expect(b.setSearch).toHaveBeenCalledWith('翠湖');
    await tap('#stairwells-more');
    expect(b.more).toHaveBeenCalled();

    await tap('#retire-B-0012');
    expect(el('#retire-dialog-title').textContent).toBe('停用楼栋码 B-0012？');
    expect(mockCall).not.toHaveBeenCalled();
    answers.push({ ok: true, data: { code: 'B-0012', retired: true, changed: true } });
    await tap('#retire-confirm');
    expect(mockCall).toHaveBeenCalledWith('admin', { action: 'retire_stairwell', code: 'B-0012' });
    expect(b.reload).toHaveBeenCalled();
    expect(document.querySelector('#retire-dialog')).toBeNull();
  });

  test('a dispatcher reads: no retire buttons; an empty search says what was looked for', () => {
    const b = { ...bench([]), search: 'Z-9' };
    render(<StairwellList community={jinding} stairwells={b} canRetire={false} />);
    expect(el('#stairwells-empty').textContent).toBe('没有找到「Z-9」开头的楼栋码或楼栋');
    render(<StairwellList community={jinding} stairwells={bench(rows)} canRetire={false} />);
    expect(document.querySelector('[id^="retire-B"]')).toBeNull();
  });
});

describe('teams tree', () => {
  const teams = [
    {
      teamId: 't-zongdui',
      name: '洗马河街道志愿服务总队',
      kind: 'corps' as const,
      depth: 0,
      specialties: ['general' as const],
      communities: [],
      active: true,
      leaders: [],
      members: 0,
    },
    {
      teamId: 't-lexiujiang',
      name: '乐修匠志愿服务队',
      kind: 'professional' as const,
      parentId: 't-zongdui',
      depth: 1,
      specialties: ['repair' as const, 'general' as const],
      communities: ['c-jinding', 'c-qingyun'],
      active: false,
      leaders: ['王**'],
      members: 3,
    },
  ];
  const names = { 'c-jinding': '金鼎社区', 'c-qingyun': '青云社区' };

  test('each team under its parent with its level, specialties, communities, masked leaders and count', () => {
    render(<TeamTree teams={teams} communityNames={names} />);
    expect(texts('.tree-team-name')).toEqual(['洗马河街道志愿服务总队', '└ 乐修匠志愿服务队']);
    expect(el('#tree-team-t-lexiujiang').getAttribute('data-depth')).toBe('1');
    expect(el('#tree-team-t-lexiujiang').className).toContain('tree-depth-1');
    expect(texts('#tree-team-t-lexiujiang .tree-team-kind')).toEqual(['专业队伍 · 已停用']);
    expect(texts('#tree-team-t-lexiujiang .team-fact')).toEqual([
      '专长：乐修匠、综合服务',
      '服务社区：金鼎社区、青云社区',
      '队长：王** · 在队 3 人',
    ]);
    expect(texts('#tree-team-t-zongdui .team-fact')[1]).toBe('服务社区：不限社区');
    expect(document.querySelector('[id^="toggle-"]')).toBeNull();
  });

  test('an admin switches a team: 停用 for an active one, 启用 for one switched off', async () => {
    const onToggle = jest.fn();
    render(<TeamTree teams={teams} communityNames={names} onToggle={onToggle} />);
    expect(el('#toggle-t-zongdui').textContent).toBe('停用');
    expect(el('#toggle-t-lexiujiang').textContent).toBe('启用');
    await tap('#toggle-t-lexiujiang');
    expect(onToggle).toHaveBeenCalledWith(teams[1]);
  });
});

describe('admin home entries', () => {
  test('a dispatcher: places, teams, posters, dashboard, exports, reviews, households, elders; an admin: all fourteen; others: none', () => {
    expect(entriesFor(['dispatcher']).map((e) => e.key)).toEqual([
      'places',
      'teams',
      'posters',
      'dashboard',
      'exports',
      'reviews',
      'households',
      'elders',
    ]);
    expect(entriesFor(['admin']).map((e) => e.label)).toEqual([
      '场所',
      '队伍',
      '人员与角色',
      '邀请',
      '导入导出',
      '二维码海报',
      '赞助方与预算',
      '公益银行',
      '数据看板',
      '数据导出',
      '评比',
      '困难户登记',
      '收费标准与公益基金',
      '巡访看板',
    ]);
    expect(entriesFor(['resident', 'volunteer', 'leader', 'merchant', 'helper'])).toEqual([]);
  });
});

describe('budget grant form', () => {
  test('checks points and reason first, confirms, and sends one request id however often', async () => {
    const onGrant = jest.fn();
    render(
      <GrantForm
        sponsor={{ sponsorId: 'street-xmh', name: '洗马河街道公益积分预算', balance: 100_000 }}
        busy={false}
        onGrant={onGrant}
        onClose={() => undefined}
      />,
    );
    await tap('#grant-submit');
    expect(el('.field-error[data-field="points"]').textContent).toBe('请填写整数积分');
    type('#grant-points', '1000');
    await tap('#grant-submit');
    expect(el('.field-error[data-field="reason"]').textContent).toBe('请填写这一项');
    type('#grant-reason', '第四季度预算');
    await tap('#grant-submit');
    expect(el('#grant-dialog-body').textContent).toContain('拨付后余额为 101000 积分');
    await tap('#grant-confirm');
    await tap('#grant-confirm');
    expect(onGrant).toHaveBeenCalledTimes(2);
    const [first, second] = onGrant.mock.calls.map((c) => c[0] as { requestId: string; points: number; reason: string });
    expect(first).toEqual({ sponsorId: 'street-xmh', points: 1000, reason: '第四季度预算', requestId: first.requestId });
    expect(second.requestId).toBe(first.requestId);
  });
});
