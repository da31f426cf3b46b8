// The index manifest: one file in the repo declaring every collection and its indexes.
// The same file is what gets applied to CloudBase; the local cloud creates these collections at start.
import fs from 'node:fs';
import path from 'node:path';
import type { IndexDef } from './tree-index';

export interface Manifest {
  collections: Record<string, { indexes: IndexDef[] }>;
}

export const DEFAULT_MANIFEST = path.resolve(__dirname, '../../database/indexes.json');

export function loadManifest(file = DEFAULT_MANIFEST): Manifest {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  for (const [name, spec] of Object.entries(raw.collections ?? {})) {
    if (!/^[A-Za-z_][A-Za-z0-9_-]{0,63}$/.test(name)) throw new Error(`index manifest: bad collection name ${name}`);
    for (const ix of spec.indexes ?? []) {
      const keys = Object.entries(ix.keys ?? {});
      if (!ix.name || keys.length === 0 || keys.some(([, dir]) => dir !== 1 && dir !== -1)) {
        throw new Error(`index manifest: ${name}.${ix.name ?? '?'} needs a name and keys of 1 or -1`);
      }
    }
  }
  return raw;
}
