// Every collection's name, once. database/indexes.json declares the same set (a test compares them).
import type { DB } from 'wx-server-sdk';

export const COLLECTIONS = {
  users: 'users',
  streets: 'streets',
  communities: 'communities',
  buildings: 'buildings',
  teams: 'teams',
  memberships: 'memberships',
  volunteers: 'volunteers',
  wishes: 'wishes',
  quotas: 'quotas',
  accounts: 'accounts',
  journal: 'journal',
  assignments: 'assignments',
  jobs: 'jobs',
  qrcodes: 'qrcodes',
  importRows: 'importRows',
  invitations: 'invitations',
  audit: 'audit',
  shops: 'shops',
  settings: 'settings',
  settingsLog: 'settingsLog',
  // Repairs at cost: household tiers (and their changes) and the money book (fen).
  households: 'households',
  householdsLog: 'householdsLog',
  moneyAccounts: 'moneyAccounts',
  moneyJournal: 'moneyJournal',
  rewards: 'rewards',
  reservations: 'reservations',
  reservationCodes: 'reservationCodes',
  // ledger: credits waiting for their sponsor's budget (等待预算).
  waitingCredits: 'waitingCredits',
  // The elderly visit programme (巡访): the registry and the visit orders.
  elders: 'elders',
  visits: 'visits',
  // At-most-once marks of notices the dispatch timer sends (the weekly digest: digest:<week>:<openid>).
  noticesSent: 'noticesSent',
  // Where a timer's paged reading stopped, so its next run continues there (dispatch-sweep).
  timerState: 'timerState',
  // Activities (活动): the activities, volunteers' sign-ups (signUpIdOf), residents' "I will come" (turnoutIdOf).
  activities: 'activities',
  signups: 'signups',
  turnouts: 'turnouts',
  // 志愿服务证明: the certificates (written once) and each year's number sequence (certCounters/<year>).
  certificates: 'certificates',
  certCounters: 'certCounters',
  // 数据看板: the figures of a closed month for one scope, written once (insight function).
  monthlySnapshots: 'monthlySnapshots',
  // 月报: the files made for a settled month and scope, recorded once (insight.month_report).
  monthlyReports: 'monthlyReports',
  // 导出: every export made (who, what, scope, range, personal data or not, rows, when).
  exportRecords: 'exportRecords',
} as const;
export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];

export const collection = (db: DB.Database, name: CollectionName) => db.collection(name);

/** What the SDK's `update()` answers (its declarations say `any`). */
export type Updated = { stats: { updated: number } };
