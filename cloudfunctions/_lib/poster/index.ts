// Stairwell QR posters (楼道二维码海报) as a printable PDF.
export { renderPosters } from './render';
export type { CodeImage, PosterInput, Progress } from './types';
