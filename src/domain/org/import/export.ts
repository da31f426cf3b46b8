// Export: the stored organisation as sheet rows with the import's headers, so export → edit → import round-trips.
import { TEAM_KIND_LABELS } from '../../team/team';
import type { ImportKind } from './columns';
import type { OrgSnapshot } from './types';
import { listText, specialtyText, weekdayText, yesNoText } from './values';

export type ExportRow = Record<string, string>;

export function toRows(kind: ImportKind, org: OrgSnapshot): ExportRow[] {
  const community = new Map(org.communities.map((c) => [c._id, c]));
  const communityName = (id: string) => community.get(id)?.name ?? '';
  switch (kind) {
    case 'places':
      return org.buildings.map((b) => {
        const c = community.get(b.communityId);
        const street = org.streets.find((s) => s.name === c?.street) ?? org.streets[0];
        return {
          街道: c?.street ?? org.streets[0]?.name ?? '',
          社区: c?.name ?? b.communityName,
          社区电话: c?.hotline ?? '',
          新时代文明实践站: c?.station ?? '',
          服务日: c?.serviceDay ? weekdayText(c.serviceDay) : '',
          小区: b.estateName,
          '楼栋/单元': b.name,
          楼栋码: b._id,
          码已含单元: yesNoText(b.fixes === 'unit'),
          社区编号: b.communityId,
          街道编号: street?._id ?? '',
          街道电话: street?.hotline ?? '',
        };
      });
    case 'teams': {
      const teamName = new Map(org.teams.map((t) => [t._id, t.name]));
      return org.teams.map((t) => ({
        队伍名称: t.name,
        类型: t.kind ? TEAM_KIND_LABELS[t.kind] : '',
        上级队伍: t.parentId ? (teamName.get(t.parentId) ?? '') : '',
        专长: listText(t.specialties.map(specialtyText)),
        服务社区: listText(t.communities.map(communityName)),
        是否启用: yesNoText(t.active),
        队伍编号: t._id,
      }));
    }
    case 'volunteers':
      return org.volunteers.map((v) => ({
        姓名: v.name,
        手机号: v.phone,
        社区: communityName(v.communityId),
        专长: listText(v.skills.map(specialtyText)),
        党员: yesNoText(v.partyMember),
      }));
  }
}
