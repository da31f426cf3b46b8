import type { PropsWithChildren } from 'react';
import { blockIds, blockInput, FieldBlock } from '@/components/FieldBlock';
import { fieldId } from './formModel';

/** The ids inside a field's block: its label, hint and message, which name and describe its control. */
export const fieldIds = (field: string) => blockIds(fieldId(field));

/** One labelled block of the form (`#field-<path>`), with its message under it. */
export const Field = ({ field, ...rest }: PropsWithChildren<{ field: string; label: string; hint?: string; error?: string }>) => (
  <FieldBlock block={fieldId(field)} field={field} {...rest} />
);

/** The FormInput props that tie a control to its Field: label, hint and message. */
export const fieldInput = (field: string, label: string, error?: string) => blockInput(fieldId(field), label, error);
