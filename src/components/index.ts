// The UI kit of every package (resident pages, dispatcher/, volunteer/). Wish pieces (status tag,
// facts, timeline…) are in ./wish/, imported one file at a time so a subpackage's pieces stay out of
// the main package. Styles: src/styles/ (the kit, loaded once through app.scss). Roles and names for
// screen readers: ./a11y.ts, used by Tappable, Choice, BigButton, Dialog, Notice and FormInput.
export { BigButton, type BigButtonKind } from './BigButton';
export { Card, InfoRow } from './Card';
export { Choice, ChoiceGroup, Choices } from './Choice';
export { DateChoice } from './DateChoice';
export { Dialog } from './Dialog';
export { FieldError } from './FieldError';
export { FormInput } from './FormInput';
export { HotlineLine } from './HotlineLine';
export { Loading } from './Loading';
export { Notice, type NoticeKind } from './Notice';
export { PageRoot } from './PageRoot';
export { RefreshButton } from './RefreshButton';
export { RetryNotice } from './RetryNotice';
export { StarRating, STAR_WORDS } from './StarRating';
export { Tappable } from './Tappable';
