// The demo's elders (巡访对象) in 金鼎社区 and 青云社区, so the board (巡访看板) is not empty on
// `npm start`: some overdue, some due today or later, one never reached, one escalated after two
// unreachable calls. Dates are relative to "now"; the visit scheduler plans them at its next run.
import type { Database } from '../localcloud/store/database';
import type { Elder, ElderTag } from '../src/domain/visit/elder';
import { addDays } from '../src/domain/time';

interface Seed {
  id: string;
  community: 'c-jinding' | 'c-qingyun';
  building: string;
  room: string;
  name: string;
  born: number;
  tags: ElderTag[];
  phone?: string;
  volunteer?: string;
  /** Days from now of the last contact (negative: in the past) and of the next due visit. */
  contact?: number;
  due: number;
  unreachable?: number;
}

const SEEDS: Seed[] = [
  {
    id: 'el-demo-zhang',
    community: 'c-jinding',
    building: 'B-0012',
    room: '502',
    name: '张桂兰',
    born: 1941,
    tags: ['alone', 'poor'],
    phone: '0871-63125566',
    volunteer: 'demo-volunteer',
    contact: -12,
    due: -5,
  },
  {
    id: 'el-demo-wang',
    community: 'c-jinding',
    building: 'B-0012',
    room: '301',
    name: '王秀英',
    born: 1950,
    tags: ['empty_nest'],
    phone: '13800000031',
    volunteer: 'demo-volunteer',
    contact: -3,
    due: 4,
  },
  {
    id: 'el-demo-li',
    community: 'c-jinding',
    building: 'B-0013',
    room: '201',
    name: '李德福',
    born: 1938,
    tags: ['alone', 'disabled'],
    volunteer: 'demo-volunteer-2',
    contact: -9,
    due: -2,
    unreachable: 2,
  },
  {
    id: 'el-demo-chen',
    community: 'c-jinding',
    building: 'B-0013',
    room: '602',
    name: '陈玉珍',
    born: 1956,
    tags: ['left_behind'],
    phone: '13800000032',
    due: 0,
  },
  {
    id: 'el-demo-zhao',
    community: 'c-jinding',
    building: 'B-0012',
    room: '101',
    name: '赵淑芬',
    born: 1946,
    tags: ['childless', 'poor'],
    volunteer: 'demo-volunteer-2',
    contact: -1,
    due: 13,
  },
  {
    id: 'el-demo-sun',
    community: 'c-jinding',
    building: 'B-0013',
    room: '403',
    name: '孙国强',
    born: 1962,
    tags: [],
    phone: '13800000033',
    contact: -20,
    due: 10,
  },
  {
    id: 'el-demo-zhou',
    community: 'c-qingyun',
    building: 'B-0101',
    room: '1-302',
    name: '周桂英',
    born: 1944,
    tags: ['alone'],
    phone: '13800000034',
    contact: -8,
    due: -1,
  },
];

export function demoElders(now: Date): Elder[] {
  return SEEDS.map((s) => ({
    _id: s.id,
    communityId: s.community,
    buildingId: s.building,
    room: s.room,
    name: s.name,
    birthYear: s.born,
    tags: s.tags,
    ...(s.phone ? { phone: s.phone } : {}),
    ...(s.volunteer ? { volunteerOpenid: s.volunteer } : {}),
    consent: { way: 'signed' as const, at: addDays(now, -60), by: 'demo-helper' },
    active: true,
    version: 1,
    createdAt: addDays(now, -60),
    createdBy: 'demo-helper',
    updatedAt: addDays(now, -60),
    ...(s.contact !== undefined ? { lastContactAt: addDays(now, s.contact), lastOutcome: 'safe' as const } : {}),
    nextDueAt: addDays(now, s.due),
    unreachableStreak: s.unreachable ?? 0,
    ...(s.unreachable ? { lastOutcome: 'unreachable' as const, escalatedAt: addDays(now, -1) } : {}),
  }));
}

/** Writes them (after the places exist: `npm start` imports the places first). */
export async function seedDemoElders(db: Database, now: Date): Promise<void> {
  await db.insert('elders', demoElders(now) as unknown as Record<string, unknown>[]);
}
