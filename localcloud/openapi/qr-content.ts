// What the local QR codes encode. WeChat's real codes open the mini-program; ours carry a URL that tools
// (and the H5 build) can parse:  https://localcloud.invalid/<page>?scene=<encodeURIComponent(scene)>[&env_version=…]
// `.invalid` is a reserved TLD, so nothing ever resolves it. An empty page means the home page.

export const QR_ORIGIN = 'https://localcloud.invalid';

export interface QrTarget {
  page: string;
  scene: string;
  envVersion: 'release' | 'trial' | 'develop';
}

export function buildQrContent(t: QrTarget): string {
  const env = t.envVersion === 'release' ? '' : `&env_version=${t.envVersion}`;
  return `${QR_ORIGIN}/${t.page}?scene=${encodeURIComponent(t.scene)}${env}`;
}

/** Inverse of buildQrContent; undefined when the text is not a local-cloud code. `scene` is decoded. */
export function parseQrContent(text: string): QrTarget | undefined {
  if (!text.startsWith(`${QR_ORIGIN}/`)) return undefined;
  const url = new URL(text);
  const scene = url.searchParams.get('scene');
  if (scene === null) return undefined;
  const env = url.searchParams.get('env_version') ?? 'release';
  if (env !== 'release' && env !== 'trial' && env !== 'develop') return undefined;
  return { page: url.pathname.slice(1), scene, envVersion: env };
}
