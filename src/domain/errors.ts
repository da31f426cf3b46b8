/**
 * Failures as values. Every expected failure has a stable code; the client maps each code
 * to a Chinese message (src/services/messages.ts). Add new codes here, grouped by area.
 */
export const ERROR_CODES = [
  'INPUT.INVALID',
  'AUTH.FORBIDDEN',
  'AUTH.NO_IDENTITY',
  'ACTION.UNKNOWN',
  'SCENE.INVALID',
  'INTERNAL.ERROR',
  'NETWORK.UNAVAILABLE',
  // The five-order loop
  'BUILDING.NOT_FOUND',
  'BUILDING.RETIRED',
  'WISH.NOT_FOUND',
  'WISH.RATE_LIMITED',
  'WISH.CONTENT_RISKY',
  'WISH.CANNOT_CANCEL',
  'WISH.ALREADY_RATED',
  'WISH.PRICE_NOT_AGREED',
  'PROXY.OUT_OF_SCOPE',
  'ORDER.INVALID_TRANSITION',
  'ORDER.ALREADY_CLAIMED',
  'ORDER.NOT_CLAIMANT',
  'ORDER.CHANGED',
  'ORDER.OWN_WISH',
  'DISPATCH.TEAM_NOT_FOUND',
  'DISPATCH.SAME_TEAM',
  'TEAM.NOT_FOUND',
  'TEAM.NOT_MEMBER',
  'TEAM.ALREADY_MEMBER',
  'VOLUNTEER.NOT_REGISTERED',
  'VISIT.DATE_PASSED',
  // Service minutes and the centre's award after a redo (重办)
  'MINUTES.NOTHING_TO_CONFIRM',
  'MINUTES.MORE_THAN_CLAIMED',
  'MINUTES.AWAITING_CONFIRMATION',
  'AWARD.NO_SERVICE',
  'AWARD.BUDGET_EXHAUSTED',
  // Stairwell QR codes and posters (poster function)
  'POSTER.COMMUNITY_NOT_FOUND',
  'POSTER.NO_STAIRWELLS',
  'POSTER.RETIRED',
  'POSTER.JOB_NOT_FOUND',
  'POSTER.CODE_FAILED',
  // Spreadsheet import (sheets)
  'IMPORT.FILE_UNREADABLE',
  'IMPORT.HAS_PROBLEMS',
  'IMPORT.TOO_MANY_ROWS',
  'IMPORT.STALE',
  'JOB.NOT_FOUND',
  // People: invitations, grants (roles with a scope)
  'INVITE.NOT_FOUND',
  'INVITE.EXPIRED',
  'INVITE.USED',
  'INVITE.REVOKED',
  'GRANT.NOT_FOUND',
  'GRANT.LAST_ADMIN',
  'SCOPE.NOT_FOUND',
  // The admin area (admin): places, teams, sponsors' budgets, shops
  'COMMUNITY.NOT_FOUND',
  'SPONSOR.NOT_FOUND',
  'SHOP.NOT_FOUND',
  // The public-welfare bank (bank function)
  'SETTING.CHANGED',
  'ADMIN.CHANGED',
  // Repairs at cost: a household of a community the caller does not keep
  'HOUSEHOLD.OUT_OF_SCOPE',
  // redeem: rewards, reservations and the counter (核销)
  'REDEEM.ITEM_NOT_FOUND',
  'REDEEM.ITEM_CHANGED',
  'REDEEM.OUT_OF_STOCK',
  'REDEEM.NOT_ENOUGH_POINTS',
  'REDEEM.WINDOW_CLOSED',
  'REDEEM.NOT_FOUND',
  'REDEEM.ALREADY_REDEEMED',
  'REDEEM.NOT_HELD',
  // ledger: corrections, offices and bonuses
  'BANK.ENTRY_NOT_FOUND',
  'BANK.NOT_CORRECTABLE',
  'BANK.ALREADY_CORRECTED',
  'BANK.CORRECTION_BELOW_FLOOR',
  'BANK.OFFICE_SHORT',
  'BANK.COMMUNITY_NOT_FOUND',
  'BANK.STREET_NOT_FOUND',
  // sponsors: profiles changed by someone else (compare-and-set)
  'SPONSOR.CHANGED',
  'SHOP.CHANGED',
  // Visit orders (巡访单): someone else's reads as missing; recorded once; a wish only from a need, once
  'VISIT.NOT_FOUND',
  'VISIT.ALREADY_RECORDED',
  'VISIT.NO_NEED',
  'VISIT.ALREADY_WISHED',
  // Answered by the platform around a function (the local cloud's gateway; WeChat's callFunction).
  'CLOUD.FUNCTION_FAILED',
  'CLOUD.TIMEOUT',
  'CLOUD.NOT_FOUND',
  'CLOUD.BAD_REQUEST',
  'CLOUD.BODY_TOO_LARGE',
  'CLOUD.METHOD_NOT_ALLOWED',
  // SLA: the weekly service day (dispatch.schedule_service_day)
  'ORDER.ALREADY_SCHEDULED',
  // The elders' registry and its board (visit)
  'ELDER.NOT_FOUND',
  'ELDER.OUT_OF_SCOPE',
  'ELDER.CHANGED',
  'ELDER.RETIRED',
  'ELDER.VOLUNTEER_NOT_FOUND',
  // escalation (催办, 升级, 自动释放) and the weekly digest (周报)
  'ORDER.ALREADY_ESCALATED',
  'DIGEST.NOT_STAFF',
  // Activities (活动): publishing, sign-up and its waiting list, on-site codes, closing
  'ACTIVITY.NOT_FOUND',
  'ACTIVITY.NOT_ORGANISER',
  'ACTIVITY.BAD_TIMES',
  'ACTIVITY.SIGNUP_CLOSED',
  'ACTIVITY.ALREADY_SIGNED_UP',
  'ACTIVITY.NOT_SIGNED_UP',
  'ACTIVITY.WITHDRAW_CLOSED',
  'ACTIVITY.CODE_INVALID',
  'ACTIVITY.CODE_EXPIRED',
  'ACTIVITY.NOT_STARTED',
  'ACTIVITY.ENDED',
  'ACTIVITY.ALREADY_CHECKED_OUT',
  'ACTIVITY.NOT_ENDED',
  'ACTIVITY.ALREADY_CLOSED',
  'ACTIVITY.BUDGET_SHORT',
  'ACTIVITY.CHANGED',
  'ACTIVITY.WRONG_COMMUNITY',
  // 微心愿墙: the resident's consent; only a volunteer of the wish's community claims from the wall
  'WALL.NO_CONSENT',
  'WALL.NOT_COMMUNITY',
  // 志愿服务证明: a period to certify, hours in it, a known number, the same person's identity number
  'CERT.BAD_PERIOD',
  'CERT.NO_HOURS',
  'CERT.NOT_FOUND',
  'CERT.ID_MISMATCH',
  // 数据看板: a range of months the dashboard does not read (reversed, too long, in the future)
  'INSIGHT.BAD_RANGE',
  'INSIGHT.BAD_MONTH',
  // 导出: a range it does not export (reversed, over a year), too many rows for one file, an unknown export
  'EXPORT.BAD_RANGE',
  'EXPORT.TOO_MANY_ROWS',
  'EXPORT.NOT_FOUND',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One field-level problem, e.g. `{ path: 'phone', message: 'Invalid string' }`. */
export interface Issue {
  /** Dotted path into the input; empty for the input as a whole. */
  path: string;
  message: string;
}

export interface Failure {
  code: ErrorCode;
  /** For developers and logs; users see the Chinese message for `code`. */
  message: string;
  issues?: Issue[];
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: Failure };

export function ok<T>(data: T): { ok: true; data: T } {
  return { ok: true, data };
}

export function fail(code: ErrorCode, message: string, issues?: Issue[]): { ok: false; error: Failure } {
  return issues === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, issues } };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
