// `npm run reset`: wipes the local cloud's data folder (database, storage, outbox, secret).
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve(__dirname, '../.localcloud');
fs.rmSync(dir, { recursive: true, force: true });
console.log(`已清空本地云数据：${dir}`);
