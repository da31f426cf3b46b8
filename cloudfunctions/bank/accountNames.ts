// What an admin reads for an account id: the volunteer's name for a passbook, the sponsor's, the shop's,
// the street's (分行) or the community's (储蓄所) name; 总行 for the issuer.
import type { Account } from '../../src/domain/bank/account';
import type { AccountId } from '../../src/domain/bank/ledger';
import { getShop } from '../_lib/collections/shops';
import type { Deps } from '../_lib/context';
import { peopleNamer } from '../_lib/names';

export async function accountNamer(deps: Deps, ids: readonly string[], stored: readonly Pick<Account, '_id' | 'name'>[] = []) {
  const ownerOf = (id: string, kind: string) => (id.startsWith(`${kind}:`) ? id.slice(kind.length + 1) : undefined);
  const people = await peopleNamer(
    deps,
    ids.map((id) => ownerOf(id, 'passbook')).filter((x): x is string => !!x),
  );
  const shopIds = [...new Set(ids.map((id) => ownerOf(id, 'merchant')).filter((x): x is string => !!x))];
  const shops = new Map(await Promise.all(shopIds.map(async (s) => [s, (await getShop(deps.db, s))?.name ?? s] as const)));
  const needsPlaces = ids.some((id) => id.startsWith('office:'));
  const [streets, communities] = needsPlaces ? await Promise.all([deps.ref.streets(), deps.ref.communities()]) : [[], []];
  const given = new Map(stored.filter((a) => a.name).map((a) => [a._id, a.name!]));
  return (id: AccountId | string): string => {
    const owner = id.slice(id.indexOf(':') + 1);
    if (id.startsWith('issuer:')) return '总行';
    if (id.startsWith('passbook:')) return `存折 · ${people.name(owner)}`;
    if (id.startsWith('merchant:')) return `商户 · ${shops.get(owner) ?? owner}`;
    if (id.startsWith('hold:')) return `预约冻结 · ${owner}`;
    if (id.startsWith('office:branch:')) {
      const s = owner.slice('branch:'.length);
      return `分行 · ${streets.find((x) => x._id === s)?.name ?? s}`;
    }
    if (id.startsWith('office:savings:')) {
      const c = owner.slice('savings:'.length);
      return `储蓄所 · ${communities.find((x) => x._id === c)?.name ?? c}`;
    }
    return given.get(id) ?? owner;
  };
}
