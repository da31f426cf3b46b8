// wxacode.getUnlimited: validated like WeChat, answered with a real PNG QR code (see qr-content.ts).
import QRCode from 'qrcode';
import { WxApiError, type OpenApiHandler } from './api-types';
import { buildQrContent, type QrTarget } from './qr-content';

const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/;
const PAGE_SEGMENT = /^[0-9A-Za-z_\-.]+$/;
export const DEFAULT_WIDTH = 430;
export const MIN_WIDTH = 280;
export const MAX_WIDTH = 1280;

function dataFormatError(what: string): WxApiError {
  return new WxApiError(47001, `data format error hint: [local cloud: ${what}]`);
}

export function validateScene(scene: unknown): string {
  if (typeof scene !== 'string' || scene.length === 0 || scene.length > 32) {
    throw new WxApiError(
      40169,
      'invalid length for scene, or the data is not json string hint: [local cloud: scene must be 1-32 characters]',
    );
  }
  if (!SCENE_CHARS.test(scene)) {
    throw new WxApiError(40129, "invalid scene hint: [local cloud: only 0-9 a-z A-Z and !#$&'()*+,/:;=?@-._~ are allowed]");
  }
  return scene;
}

/** `page` without leading `/`, without query; undefined or '' means the home page. */
export function validatePage(page: unknown): string {
  if (page === undefined || page === '') return '';
  if (typeof page !== 'string') throw dataFormatError('page must be a string');
  const segments = page.split('/');
  const valid = segments.every((s) => PAGE_SEGMENT.test(s) && s !== '.' && s !== '..');
  if (!valid || page.length > 1024) {
    throw new WxApiError(41030, 'invalid page hint: [local cloud: page must look like pages/index/index: no leading /, no query]');
  }
  return page;
}

function colorByte(v: unknown): number {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 255) throw dataFormatError('line_color r/g/b must be 0-255');
  return n;
}

function lineColorHex(lineColor: unknown): string {
  if (lineColor === undefined) return '#000000ff';
  if (typeof lineColor !== 'object' || lineColor === null) throw dataFormatError('line_color must be {r,g,b}');
  const c = lineColor as Record<string, unknown>;
  const hex = [c['r'], c['g'], c['b']].map((v) => colorByte(v).toString(16).padStart(2, '0')).join('');
  return `#${hex}ff`;
}

function optionalBoolean(v: unknown, name: string): boolean | undefined {
  if (v === undefined || typeof v === 'boolean') return v;
  throw dataFormatError(`${name} must be a boolean`);
}

/** WeChat clamps width into [280, 1280]; default 430. */
export function resolveWidth(width: unknown): number {
  if (width === undefined) return DEFAULT_WIDTH;
  if (typeof width !== 'number' || !Number.isFinite(width)) throw dataFormatError('width must be a number');
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(width)));
}

export const getUnlimited: OpenApiHandler = async ({ params }) => {
  const scene = validateScene(params['scene']);
  const page = validatePage(params['page']);
  optionalBoolean(params['check_path'], 'check_path');
  optionalBoolean(params['auto_color'], 'auto_color');
  const hyaline = optionalBoolean(params['is_hyaline'], 'is_hyaline') === true;
  const env = params['env_version'] ?? 'release';
  if (env !== 'release' && env !== 'trial' && env !== 'develop') {
    throw new WxApiError(40097, 'invalid args hint: [local cloud: env_version must be release, trial or develop]');
  }
  const target: QrTarget = { page, scene, envVersion: env };
  const bytes = await QRCode.toBuffer(buildQrContent(target), {
    type: 'png',
    width: resolveWidth(params['width']),
    margin: 4,
    errorCorrectionLevel: 'M',
    color: { dark: lineColorHex(params['line_color']), light: hyaline ? '#ffffff00' : '#ffffffff' },
  });
  return { kind: 'bytes', bytes, contentType: 'image/png' };
};
