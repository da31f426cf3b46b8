// The emulator UI's page: a React app in ./app, bundled with esbuild on the first request to /__ui (and
// kept for the process), so starting a local cloud costs nothing until someone opens the UI.
import path from 'node:path';

export interface UiBundle {
  js: string;
  css: string;
}

let bundle: Promise<UiBundle> | undefined;

async function build(): Promise<UiBundle> {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    entryPoints: [path.join(__dirname, 'app', 'main.tsx')],
    bundle: true,
    write: false,
    outdir: 'out',
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const text = (ext: string): string => out.outputFiles.find((f) => f.path.endsWith(ext))?.text ?? '';
  return { js: text('.js'), css: text('.css') };
}

/** The bundle, built once; a failed build is tried again on the next request. */
export function uiBundle(): Promise<UiBundle> {
  bundle ??= build().catch((err: unknown) => {
    bundle = undefined;
    throw err;
  });
  return bundle;
}

export const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Local cloud · 码上办</title>
<link rel="stylesheet" href="/__ui/app.css">
</head>
<body>
<div id="root"></div>
<script src="/__ui/app.js"></script>
</body>
</html>
`;
