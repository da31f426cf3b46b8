// The services of the demo's bank history (scripts/demo-history.ts): who served whom, what, how long,
// how many days before the seed, and the resident's stars. Chosen so each page has something to show:
// demo-volunteer earns 首次服务, 10 次服务, ten 5★ ratings and three months in a row; the party members
// are one above and two below the 25 hours; both communities appear in the reviews.
import type { Category } from '../src/domain/menu';

export interface HistoryVolunteer {
  name: string;
  communityId: string;
  buildingId: string;
  teamId: string;
  partyMember: boolean;
}

/** demo-volunteer-3 exists only in the history (its user, profile and membership are seeded with it). */
export const HISTORY_VOLUNTEERS: Readonly<Record<string, HistoryVolunteer>> = {
  'demo-volunteer': { name: '李明', communityId: 'c-jinding', buildingId: 'B-0012', teamId: 't-lexiujiang', partyMember: false },
  'demo-volunteer-2': { name: '赵小红', communityId: 'c-jinding', buildingId: 'B-0013', teamId: 't-jiankang', partyMember: true },
  'demo-leader': { name: '王建国', communityId: 'c-jinding', buildingId: 'B-0012', teamId: 't-lexiujiang', partyMember: true },
  'demo-volunteer-3': { name: '孙青云', communityId: 'c-qingyun', buildingId: 'B-0101', teamId: 't-paotui', partyMember: true },
};

export interface DemoService {
  volunteer: string;
  daysAgo: number;
  category: Category;
  minutes: number;
  stars: number;
  resident: string;
  room: string;
  description: string;
  summary: string;
}

type Row = [volunteer: string, daysAgo: number, category: Category, minutes: number, stars: number];

const ROWS: Row[] = [
  ['demo-volunteer', 145, 'repairs', 60, 5],
  ['demo-volunteer', 130, 'repairs', 45, 5],
  ['demo-volunteer', 112, 'other', 30, 4],
  ['demo-volunteer', 98, 'repairs', 90, 5],
  ['demo-volunteer', 84, 'repairs', 60, 5],
  ['demo-volunteer', 70, 'repairs', 40, 5],
  ['demo-volunteer', 56, 'other', 30, 5],
  ['demo-volunteer', 43, 'repairs', 75, 5],
  ['demo-volunteer', 31, 'repairs', 60, 4],
  ['demo-volunteer', 20, 'repairs', 50, 5],
  ['demo-volunteer', 9, 'repairs', 45, 5],
  ['demo-volunteer', 4, 'repairs', 60, 5],
  ['demo-volunteer-2', 120, 'health_check', 60, 5],
  ['demo-volunteer-2', 90, 'hospital_escort', 180, 5],
  ['demo-volunteer-2', 62, 'health_check', 45, 4],
  ['demo-volunteer-2', 35, 'companionship', 120, 5],
  ['demo-volunteer-2', 18, 'hospital_escort', 150, 5],
  ['demo-leader', 150, 'repairs', 240, 5],
  ['demo-leader', 125, 'repairs', 300, 5],
  ['demo-leader', 100, 'repairs', 240, 4],
  ['demo-leader', 76, 'repairs', 360, 5],
  ['demo-leader', 50, 'repairs', 300, 5],
  ['demo-leader', 27, 'repairs', 240, 5],
  ['demo-leader', 8, 'repairs', 180, 5],
  ['demo-volunteer-3', 110, 'errands', 60, 5],
  ['demo-volunteer-3', 80, 'cleaning', 120, 4],
  ['demo-volunteer-3', 45, 'errands', 45, 5],
  ['demo-volunteer-3', 15, 'cleaning', 90, 5],
];

const WORDS: Partial<Record<Category, [description: string, summary: string]>> = {
  repairs: ['厨房水龙头一直滴水', '更换了水龙头阀芯，已不再漏水'],
  other: ['帮忙把旧柜子搬到楼下', '已搬到楼下指定位置'],
  health_check: ['想请人上门量血压', '血压正常，已提醒按时服药'],
  hospital_escort: ['下周去医院复查，需要人陪同', '陪同挂号、检查、取药，已送回家'],
  companionship: ['老人独居，想有人陪着聊聊天', '陪老人聊天、读报两小时'],
  errands: ['帮忙买一周的菜', '已买好送到家，小票交给老人'],
  cleaning: ['年纪大了，想请人打扫一下卫生', '打扫了客厅和厨房'],
};
const RESIDENTS = ['张阿姨', '刘大爷', '陈奶奶', '杨叔叔'];

export const DEMO_SERVICES: readonly DemoService[] = ROWS.map(([volunteer, daysAgo, category, minutes, stars], i) => {
  const [description, summary] = WORDS[category] ?? ['需要帮忙', '已完成'];
  return {
    volunteer,
    daysAgo,
    category,
    minutes,
    stars,
    resident: RESIDENTS[i % RESIDENTS.length]!,
    room: `${(i % 6) + 1}0${(i % 3) + 1}`,
    description,
    summary,
  };
});
