// GET /__dev/login?openid=…: a page with one button that logs in as that openid (POST, same origin)
// and opens the app. The login itself stays a JSON POST, so a cross-site link cannot switch identity.
import type { ServerResponse } from 'node:http';
import { OPENID_RE } from './session';

export function sendLoginPage(res: ServerResponse, openid: string | null): void {
  const valid = openid !== null && OPENID_RE.test(openid);
  const body = valid
    ? `<p>以演示身份 <b>${openid}</b> 登录本地云。</p>
<button id="go">登录并打开码上办</button>
<script>
document.getElementById('go').onclick = async () => {
  const r = await fetch('/__dev/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ openid: ${JSON.stringify(openid)} }) });
  if (r.ok) location.href = '/'; else document.body.insertAdjacentHTML('beforeend', '<p>登录失败：' + r.status + '</p>');
};
</script>`
    : '<p>链接里缺少有效的 openid（1–64 位字母、数字、_ 或 -）。</p>';
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>本地云登录</title><style>body{font:20px/1.6 sans-serif;margin:24px}button{font-size:20px;padding:12px 20px}</style></head>
<body><h1>码上办 · 本地云（开发模式）</h1>${body}</body></html>`;
  res.writeHead(valid ? 200 : 400, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}
