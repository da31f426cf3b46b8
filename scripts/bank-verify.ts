// `npm run bank:verify`: recomputes every balance and passbook minutes of the public-welfare bank from
// its journal (src/domain/bank/verify.ts) in the local cloud's store and lists any difference, any
// unbalanced entry and any account below its floor. Exit code 0 when the books agree, 1 when not.
// The store has one owner: stop `npm start` first (or, while it runs, use 公益银行 → 核对 in the admin app).
//   --data <dir>  another data folder than .localcloud/
import path from 'node:path';
import { Database } from '../localcloud/store/database';
import { loadManifest } from '../localcloud/store/manifest';
import { localCloudRunning } from './local-cloud-running';
import type { Account } from '../src/domain/bank/account';
import type { JournalEntry } from '../src/domain/bank/ledger';
import { verifyLedger, type VerifyReport } from '../src/domain/bank/verify';

export function verifyDatabase(db: Database): VerifyReport {
  const journal = [...db.get('journal').docs.values()] as unknown as JournalEntry[];
  const accounts = [...db.get('accounts').docs.values()] as unknown as Account[];
  return verifyLedger(journal, accounts);
}

export function describeReport(r: VerifyReport): string[] {
  const out = [`记录 ${r.entries} 笔，账户 ${r.accounts} 个，全部分录合计 ${r.total}（应为 0）`];
  for (const id of r.unbalanced) out.push(`不平衡的记录：${id}`);
  for (const d of r.differences)
    out.push(
      `余额不符：${d.account} 存储 ${d.stored ? `${d.stored.balance} 分 / ${d.stored.minutes} 分钟` : '（没有账户）'}，按记录应为 ${d.derived.balance} 分 / ${d.derived.minutes} 分钟`,
    );
  for (const id of r.belowFloor) out.push(`低于下限：${id}`);
  return out;
}

export const agrees = (r: VerifyReport) =>
  r.total === 0 && r.unbalanced.length === 0 && r.differences.length === 0 && r.belowFloor.length === 0;

async function main(argv: string[]): Promise<void> {
  const i = argv.indexOf('--data');
  const dataDir = path.resolve(i >= 0 ? argv[i + 1]! : path.join(__dirname, '../.localcloud'));
  const port = Number(process.env.PORT ?? 8080);
  if (i < 0 && (await localCloudRunning(port))) {
    console.error(`本地云正在运行（端口 ${port}）。请先停止 npm start 再核对，或在管理端「公益银行 → 核对」中运行。`);
    process.exit(2);
  }
  const db = new Database(path.join(dataDir, 'db'), loadManifest());
  db.open();
  try {
    const report = verifyDatabase(db);
    for (const line of describeReport(report)) console.log(line);
    console.log(agrees(report) ? '核对无误：每个余额都与记录一致。' : '核对发现问题，见上。');
    process.exitCode = agrees(report) ? 0 : 1;
  } finally {
    db.close();
  }
}

if (require.main === module) void main(process.argv.slice(2));
