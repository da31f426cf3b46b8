// Shared UI for every package (resident pages, dispatcher/, volunteer/). Styles: components.scss,
// loaded once through app.scss; page styles can `@use '<relative>/components/theme' as *`.
export { BigButton, type BigButtonKind } from './BigButton';
export { Card, InfoRow } from './Card';
export { Dialog } from './Dialog';
export { FieldError } from './FieldError';
export { Loading } from './Loading';
export { Notice, type NoticeKind } from './Notice';
export { PageRoot } from './PageRoot';
export { StarRating, STAR_WORDS } from './StarRating';
export { StatusTag } from './StatusTag';
export { Timeline, type TimelineStep } from './Timeline';
