// A local cloud per test file: fresh temp data folder, free port, dev mode.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalCloud, type LocalCloud, type LocalCloudOptions } from '../../localcloud';

export async function startTestCloud(opts: LocalCloudOptions = {}): Promise<LocalCloud> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'msb-cloud-'));
  return startLocalCloud({ dev: true, quiet: true, ...opts, dataDir });
}

export function target(cloud: LocalCloud) {
  return { adminUrl: cloud.adminUrl, adminToken: cloud.adminToken };
}
