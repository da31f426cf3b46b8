// A whole wish document for domain tests, filed by `o_owner` at NOW; each test overrides what it needs.
import type { Wish } from '../../src/domain/wish/wish';

export const NOW = new Date('2024-05-01T02:00:00Z');

export const aWish = (over: Partial<Wish> = {}): Wish => ({
  _id: 'w_1',
  status: 'submitted',
  version: 1,
  category: 'repairs',
  description: '灯坏了',
  urgency: 'normal',
  preferredTime: { date: '2024-05-02', window: 'any' },
  photos: [],
  buildingId: 'B-1',
  communityId: 'c-1',
  sponsorId: 's-1',
  room: '201',
  contact: { name: '张三', phone: '13800000000' },
  filedBy: 'o_owner',
  proxy: false,
  createdAt: NOW,
  dueAt: NOW,
  excludedTeamIds: [],
  consentAt: NOW,
  history: [],
  ...over,
});
