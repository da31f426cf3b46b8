// A small stored organisation (like the demo's) and sheet rows built from header-keyed objects.
import type { OrgSnapshot, SheetRow } from '../../src/domain/org/import';

export const ORG: OrgSnapshot = {
  streets: [{ _id: 's-ximahe', name: '洗马河街道', hotline: '0871-63120000' }],
  communities: [
    { _id: 'c-jinding', name: '金鼎社区', street: '洗马河街道', sponsorId: 'street-xmh', hotline: '0871-63120012' },
    { _id: 'c-qingyun', name: '青云社区', street: '洗马河街道', sponsorId: 'street-xmh', hotline: '0871-63120101' },
  ],
  buildings: [
    { _id: 'B-0012', name: '3栋2单元', estateName: '翠湖小区', communityId: 'c-jinding', communityName: '金鼎社区', fixes: 'unit' },
  ],
  teams: [
    { _id: 't-zhidui', name: '洗马河志愿服务支队', kind: 'branch', specialties: [], communities: ['c-jinding'], active: true },
    { _id: 't-lexiujiang', name: '乐修匠志愿服务队', specialties: ['repair'], communities: ['c-jinding'], active: true },
  ],
  volunteers: [{ _id: 'openid-li', name: '李明', phone: '13800000002', skills: ['repair'], communityId: 'c-jinding', partyMember: false }],
  retiredCodes: ['B-0009'],
};

/** Data rows numbered as in a sheet: the header is row 1, so the first object is row 2. */
export const sheet = (...objects: Record<string, string>[]): SheetRow[] => objects.map((values, i) => ({ row: i + 2, values }));

export const place = (over: Record<string, string> = {}): Record<string, string> => ({
  街道: '洗马河街道',
  社区: '金鼎社区',
  社区电话: '0871-63120012',
  小区: '翠湖小区',
  '楼栋/单元': '3栋2单元',
  楼栋码: 'B-0012',
  码已含单元: '是',
  ...over,
});
export const team = (over: Record<string, string> = {}): Record<string, string> => ({
  队伍名称: '乐修匠志愿服务队',
  专长: '乐修匠',
  服务社区: '金鼎社区',
  是否启用: '是',
  ...over,
});
export const volunteer = (over: Record<string, string> = {}): Record<string, string> => ({
  姓名: '李明',
  手机号: '13800000002',
  社区: '金鼎社区',
  专长: '乐修匠',
  党员: '否',
  ...over,
});
