// One labelled block of the publish form (`#publish-field-<name>`), its hint and its message under it.
import type { PropsWithChildren } from 'react';
import { blockIds, blockInput, FieldBlock } from '@/components/FieldBlock';

const blockOf = (name: string) => `publish-field-${name}`;
export const fieldIds = (name: string) => blockIds(blockOf(name));

/** The FormInput props that tie a control to its block: label, hint and message. */
export const inputProps = (name: string, label: string, error?: string) => blockInput(blockOf(name), label, error);

export const PublishField = ({ name, ...rest }: PropsWithChildren<{ name: string; label: string; hint?: string; error?: string }>) => (
  <FieldBlock block={blockOf(name)} field={name} {...rest} />
);
