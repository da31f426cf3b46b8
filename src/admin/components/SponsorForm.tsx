// 新增赞助方 / 修改赞助方: a name, where its points come from (政府买单 or one of the 四个一点) and a note,
// in a dialog. A new sponsor's request id is made once per opened form (a double tap creates one); a
// change is sent with the version read (someone else's change in between is refused, not overwritten).
import { Text } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { Choices, Dialog, FieldError, FormInput } from '@/components';
import { SPONSOR_SOURCE_LABELS, type SponsorSource } from '@/domain/bank/sponsor';
import { CreateSponsorInput } from '@/domain/schemas/admin';
import { newRequestId } from '@/services/requestId';

export interface SponsorFields {
  name: string;
  source: SponsorSource;
  note?: string;
}

interface Props {
  /** Absent: a new sponsor. */
  editing?: { name: string; source?: SponsorSource; note?: string };
  busy: boolean;
  onSave: (f: SponsorFields & { requestId: string }) => void;
  onClose: () => void;
}

/** `#sponsor-form` (`#sponsor-name`, `.source-<key>`, `#sponsor-note`, `#sponsor-save`, `#sponsor-cancel`). */
export function SponsorForm({ editing, busy, onSave, onClose }: Props) {
  const requestId = useMemo(() => newRequestId(), []);
  const [name, setName] = useState(editing?.name ?? '');
  const [source, setSource] = useState<SponsorSource>(editing?.source ?? 'enterprise');
  const [note, setNote] = useState(editing?.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = () => {
    const f = { name: name.trim(), source, ...(note.trim() ? { note: note.trim() } : {}) };
    const parsed = CreateSponsorInput.safeParse({ action: 'create_sponsor', ...f, requestId });
    // The first message of each field says what is wrong (empty before too short).
    if (!parsed.success)
      return setErrors(Object.fromEntries([...parsed.error.issues].reverse().map((i) => [String(i.path[0]), i.message])));
    setErrors({});
    onSave({ ...f, requestId });
  };
  return (
    <Dialog
      id='sponsor-form'
      title={editing ? `修改「${editing.name}」` : '新增赞助方'}
      confirmId='sponsor-save'
      cancelId='sponsor-cancel'
      confirmText={editing ? '保存' : '新增'}
      cancelText='取消'
      busy={busy}
      onConfirm={save}
      onCancel={onClose}
    >
      <Text className='field-label' id='sponsor-name-label'>
        名称
      </Text>
      <FormInput
        id='sponsor-name'
        label='名称'
        labelId='sponsor-name-label'
        value={name}
        maxlength={30}
        placeholder='如：某某公司爱心基金'
        invalid={!!errors.name}
        describedBy={errors.name ? ['sponsor-name-error'] : undefined}
        onInput={setName}
      />
      {errors.name ? <FieldError field='name' id='sponsor-name-error' message={errors.name} /> : null}
      <Text className='field-label'>赞助来源</Text>
      <Choices options={SPONSOR_SOURCE_LABELS} value={source} prefix='source' label='赞助来源' onChange={setSource} />
      <Text className='field-label' id='sponsor-note-label'>
        备注（选填）
      </Text>
      <FormInput
        id='sponsor-note'
        label='备注'
        labelId='sponsor-note-label'
        value={note}
        maxlength={60}
        placeholder='如：联系人、资助方向'
        invalid={!!errors.note}
        describedBy={errors.note ? ['sponsor-note-error'] : undefined}
        onInput={setNote}
      />
      {errors.note ? <FieldError field='note' id='sponsor-note-error' message={errors.note} /> : null}
      {editing ? null : <Text className='meta'>新增的赞助方余额为 0，请之后用「拨付预算」给它积分。</Text>}
    </Dialog>
  );
}
