// `--create-collections`: every database request that names a collection which does not exist
// creates it first, as if it had been created in the console beforehand (WeChat Cloud itself answers
// -502005 DATABASE_COLLECTION_NOT_EXIST; without this option the local cloud does the same).
import { CloudError, type JsonAction } from '../types';
import type { Database } from '../store/database';

/** Collection names as the manifest accepts them; anything else is left to fail as before. */
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;

export function creatingCollections(actions: Record<string, JsonAction>, db: Database): Record<string, JsonAction> {
  const out: Record<string, JsonAction> = {};
  for (const [name, action] of Object.entries(actions)) {
    out[name] =
      name === 'database.addCollection'
        ? action
        : async (body, ctx) => {
            await ensureCollection(db, body['collectionName']);
            return action(body, ctx);
          };
  }
  return out;
}

async function ensureCollection(db: Database, name: unknown): Promise<void> {
  if (typeof name !== 'string' || !NAME_RE.test(name) || db.collectionNames().includes(name)) return;
  try {
    await db.createCollection(name);
  } catch (err) {
    // Two first requests at once: the other one created it.
    if (!(err instanceof CloudError && err.code === 'DATABASE_COLLECTION_ALREADY_EXIST')) throw err;
  }
}
