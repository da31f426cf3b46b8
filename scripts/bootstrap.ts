// `npm run bootstrap`: the first admin of a fresh deployment. Prints a one-time invitation to become
// the admin of the street (link + QR code in the terminal); whoever opens it and presses 接受邀请 is
// the admin, and invites everyone else from the app.
//   locally:      writes the invitation into the local cloud's data (.localcloud/); `npm start` must
//                 be stopped meanwhile (one process owns the store), then started again.
//   WeChat Cloud: `npm run bootstrap -- --print-json --street <id> --name <街道名>` prints the document
//                 to import into the `invitations` collection (云开发控制台 → 数据库 → 导入).
// Refuses when an admin exists already (locally), unless --force.
import path from 'node:path';
import QRCode from 'qrcode';
import { newToken, tokenHash } from '../cloudfunctions/_lib/collections/invitations';
import { Database } from '../localcloud/store/database';
import { loadManifest } from '../localcloud/store/manifest';
import { localCloudRunning } from './local-cloud-running';
import { auditRecord } from '../src/domain/org/audit';
import { invitePath, newInvitation } from '../src/domain/org/invitation';

interface Options {
  printJson: boolean;
  force: boolean;
  street?: string;
  name?: string;
  days: number;
  port: number;
  dataDir: string;
}

function parse(argv: string[]): Options {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    printJson: argv.includes('--print-json'),
    force: argv.includes('--force'),
    street: value('--street'),
    name: value('--name'),
    days: Number(value('--days') ?? 3),
    port: Number(process.env.PORT ?? 8080),
    dataDir: path.resolve(value('--data') ?? path.join(__dirname, '../.localcloud')),
  };
}

function invitation(street: { id: string; name: string }, days: number, now: Date) {
  const token = newToken();
  const inv = newInvitation(
    tokenHash(token),
    { role: 'admin', scope: { kind: 'street', id: street.id }, scopeName: street.name, from: '系统初始化', note: '第一个管理员', days },
    'bootstrap',
    now,
  );
  if (!inv.ok) throw new Error(inv.error.message);
  const record = auditRecord('bootstrap', {
    at: now,
    by: 'bootstrap',
    role: 'admin',
    scope: inv.data.scope,
    why: '第一个管理员',
    invitationId: inv.data._id,
  });
  return { token, doc: inv.data, record };
}

async function local(o: Options): Promise<void> {
  if (await localCloudRunning(o.port)) {
    console.error(`本地云正在运行（端口 ${o.port}）。请先停止 npm start（Ctrl+C），再运行 npm run bootstrap，然后重新 npm start。`);
    process.exit(2);
  }
  const db = new Database(path.join(o.dataDir, 'db'), loadManifest());
  db.open();
  try {
    const admins = [...db.get('users').docs.values()].filter((u) => Array.isArray(u.roles) && (u.roles as unknown[]).includes('admin'));
    if (admins.length > 0 && !o.force) {
      console.error(`已经有 ${admins.length} 位管理员，不再生成初始邀请（确需再生成，加 --force）。`);
      process.exit(3);
    }
    const streets = [...db.get('streets').docs.values()] as unknown as Array<{ _id: string; name: string }>;
    const found = o.street ? streets.find((s) => s._id === o.street) : streets.length === 1 ? streets[0] : undefined;
    const street = found ? { id: found._id, name: found.name } : o.street && o.name ? { id: o.street, name: o.name } : undefined;
    if (!street) {
      console.error(
        `请用 --street <街道编号> 指明街道（本地数据中有：${streets.map((s) => s._id).join('、') || '无'}；新街道再加 --name <街道名>）。`,
      );
      process.exit(4);
    }
    const { token, doc, record } = invitation(street, o.days, new Date());
    await db.insert('invitations', [{ ...doc }]);
    await db.insert('audit', [{ ...record }]);
    const base = `http://127.0.0.1:${o.port}`;
    const link = `${base}/#/${invitePath(token)}`;
    console.log(`已写入一次性的管理员邀请：${street.name}，${o.days} 天内有效，只能接受一次。\n`);
    console.log(`1. npm start`);
    console.log(`2. 以将成为管理员的身份登录：${base}/__dev/login?openid=first-admin（openid 可换成自己的）`);
    console.log(`3. 打开邀请链接，点「接受邀请」：\n   ${link}\n`);
    console.log(await QRCode.toString(link, { type: 'terminal', small: true }));
  } finally {
    db.close();
  }
}

function cloudJson(o: Options): void {
  if (!o.street || !o.name) {
    console.error('用法：npm run bootstrap -- --print-json --street <街道编号> --name <街道名>（与 streets 集合中的 _id、name 一致）');
    process.exit(4);
  }
  const { token, doc } = invitation({ id: o.street, name: o.name }, o.days, new Date());
  console.log('把下面一行保存为 invitation.json，在 云开发控制台 → 数据库 → invitations → 导入（JSON，冲突处理选 Insert）：\n');
  // One JSON document per line, dates as {"$date": …}: the console's import format.
  console.log(
    JSON.stringify(doc, function (this: Record<string, unknown>, key, value: unknown) {
      const raw = this[key];
      return raw instanceof Date ? { $date: raw.toISOString() } : value;
    }),
  );
  console.log(`\n导入前请在 users 集合确认还没有管理员（roles 含 admin）。邀请 ${o.days} 天内有效，只能接受一次。`);
  console.log(
    `然后在微信开发者工具：编译模式 → 添加编译模式 → 启动页面 ${invitePath(token).split('?')[0]}，启动参数 ${invitePath(token).split('?')[1]}`,
  );
  console.log('→ 预览，用将成为管理员的微信扫码打开，点「接受邀请」。');
  console.log(`\n小程序路径：${invitePath(token)}`);
}

async function main(): Promise<void> {
  const o = parse(process.argv.slice(2));
  if (!Number.isInteger(o.days) || o.days < 1 || o.days > 30) throw new Error('--days 应为 1 到 30');
  if (o.printJson) cloudJson(o);
  else await local(o);
}

main().catch((err) => {
  console.error(`生成初始管理员邀请失败：${(err as Error).message}`);
  process.exit(1);
});
