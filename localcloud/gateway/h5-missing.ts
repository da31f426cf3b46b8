// The page shown while dist/h5 has not been built yet.
export const H5_MISSING_HTML = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>码上办 · 本地云</title>
<style>body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;max-width:32rem;margin:15vh auto;padding:0 1.5rem;color:#333;line-height:1.7}
code{background:#f3f3f3;padding:.15rem .4rem;border-radius:4px}</style>
</head>
<body>
<h1>H5 尚未构建</h1>
<p>H5 尚未构建，请运行 <code>npm run build:h5</code>，然后刷新本页。</p>
<p>本地云已在运行：云函数接口 <code>/api/&lt;函数名&gt;</code> 可以使用。</p>
</body>
</html>
`;
