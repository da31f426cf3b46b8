// A sponsor (赞助方) pays for services through its budget account `sponsor:<id>`. Its source says where
// the points come from: 政府买单 (the street's budget) or one of the "四个一点" (包联单位, 爱心企业,
// 社会捐赠, 居民自筹). A new sponsor starts at 0: points arrive only by a budget grant.
import type { Account } from './account';

export const SPONSOR_SOURCES = ['government', 'partner', 'enterprise', 'donation', 'residents'] as const;
export type SponsorSource = (typeof SPONSOR_SOURCES)[number];

export const SPONSOR_SOURCE_LABELS: Readonly<Record<SponsorSource, string>> = {
  government: '政府买单',
  partner: '包联单位',
  enterprise: '爱心企业',
  donation: '社会捐赠',
  residents: '居民自筹',
};

/** The stored profile of a sponsor: its budget account with a source, a note and a version (CAS). */
export interface SponsorProfile {
  name: string;
  source?: SponsorSource;
  note?: string;
  /** 0 for an account written before sponsors had versions. */
  version: number;
}

export const sponsorProfileOf = (a: Account & { source?: SponsorSource; note?: string; version?: number }): SponsorProfile => ({
  name: a.name ?? a._id.slice('sponsor:'.length),
  ...(a.source ? { source: a.source } : {}),
  ...(a.note ? { note: a.note } : {}),
  version: a.version ?? 0,
});

/** The budget account a new sponsor opens with: balance 0, no minutes. */
export function openSponsor(p: { name: string; source: SponsorSource; note?: string; by: string }, now: Date) {
  return {
    kind: 'sponsor' as const,
    name: p.name,
    source: p.source,
    ...(p.note ? { note: p.note } : {}),
    balance: 0,
    minutes: 0,
    version: 1,
    by: p.by,
    createdAt: now,
  };
}
