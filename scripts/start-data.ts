// `npm start`'s data flags: --import <dir> [--force], --export-on-exit <dir>; and loading the store before
// the local cloud opens it (an export folder, or the demo folder into an empty store).
import path from 'node:path';
import { ImportRefused, importStore, storeIsEmpty } from '../localcloud/store/load';
import { loadManifest } from '../localcloud/store/manifest';
import { DEMO_STORE_DIR } from './demo-store';

const root = path.resolve(__dirname, '..');

export interface StartFlags {
  importDir?: string;
  force: boolean;
  exportOnExit?: string;
}

export function parseStartFlags(argv: string[]): StartFlags {
  const flags: StartFlags = { force: false };
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      const v = argv[++i];
      if (!v || v.startsWith('--')) throw new Error(`${argv[i - 1]} 需要一个目录`);
      return path.resolve(v);
    };
    if (argv[i] === '--import') flags.importDir = value();
    else if (argv[i] === '--export-on-exit') flags.exportOnExit = value();
    else if (argv[i] === '--force') flags.force = true;
    else throw new Error(`不认识的参数：${argv[i]}（可用：--import <目录> [--force]、--export-on-exit <目录>）`);
  }
  return flags;
}

/** Loads --import, or the demo into an empty store; answers what was loaded (for the banner). */
export async function loadData(dataDir: string, flags: StartFlags): Promise<string | undefined> {
  const dir = flags.importDir ?? (storeIsEmpty(dataDir) ? DEMO_STORE_DIR : undefined);
  if (!dir) return undefined;
  console.log(`▶ 导入数据：${path.relative(root, dir) || dir}`);
  try {
    const s = await importStore(dataDir, dir, { manifest: loadManifest(), force: flags.force, onProgress: (l) => console.log(`  ${l}`) });
    return `已导入${dir === DEMO_STORE_DIR ? '演示数据' : ''} ${s.collections} 个集合、${s.documents} 条文档、${s.files} 个文件`;
  } catch (err) {
    if (err instanceof ImportRefused) throw new Error(`导入被拒绝，未写入任何数据：\n  ${err.problems.join('\n  ')}`);
    throw err;
  }
}
