// 完成服务: what was done, how long (minutes), and a photo on weapp. Checked with CompleteInput.
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, Choice, ChoiceGroup, FieldError, FormInput } from '@/components';
import type { ActionInput } from '@/domain/schemas';
import { CompleteInput } from '@/domain/schemas/volunteer';
import { checkForm, wholeNumber } from '@/domain/formCheck';
import { chooseAndUploadPhotos, PHOTOS_SUPPORTED } from '@/services';
import { MINUTES_MARGIN } from '@/domain/wish/service';
import { MINUTE_CHOICES } from './constants';
import '@/styles/controls.scss';

type Complete = ActionInput<'volunteer', 'complete'>;

const validMinutes = (v: string) => CompleteInput.shape.minutes.safeParse(wholeNumber(v)).success;

export function CompleteForm({ wishId, busy, onSubmit }: { wishId: string; busy: boolean; onSubmit: (input: Complete) => void }) {
  const [summary, setSummary] = useState('');
  const [minutes, setMinutes] = useState('');
  const [photo, setPhoto] = useState<string>();
  const [photoNote, setPhotoNote] = useState<string>();
  const [issues, setIssues] = useState<Record<string, string>>({});

  const addPhoto = async () => {
    const r = await chooseAndUploadPhotos(1);
    if (r.ok) setPhoto(r.fileIds[0]);
    setPhotoNote(r.ok ? undefined : r.cancelled ? undefined : '照片上传失败，可以不附照片直接提交');
  };

  // An error shown for a field goes away as soon as that field is valid (the rest stay until submit).
  const fieldValid = { summary: (v: string) => CompleteInput.shape.summary.safeParse(v).success, minutes: validMinutes };
  const edit = (field: 'summary' | 'minutes', set: (v: string) => void) => (v: string) => {
    set(v);
    if (issues[field] && fieldValid[field](v)) setIssues(({ [field]: _cleared, ...rest }) => rest);
  };

  const submit = () => {
    const event = { action: 'complete' as const, wishId, summary, minutes: wholeNumber(minutes), ...(photo ? { photo } : {}) };
    const checked = checkForm(CompleteInput, event);
    if (checked.ok) {
      setIssues({});
      onSubmit(checked.data);
      return;
    }
    const found = checked.issues;
    if (Number.isNaN(event.minutes)) found.minutes = '请填写服务了多少分钟，如 45';
    setIssues(found);
  };

  return (
    <Card title='完成服务' id='complete-form'>
      <Text className='field-label' id='complete-summary-label'>
        做了什么
      </Text>
      <FormInput
        id='complete-summary'
        label='做了什么'
        labelId='complete-summary-label'
        describedBy={['complete-summary-issue']}
        invalid={!!issues.summary}
        required
        multiline
        boxClassName='gap-top'
        value={summary}
        maxlength={300}
        placeholder='如：更换了厨房水龙头阀芯，试用不再漏水'
        onInput={edit('summary', setSummary)}
      />
      <FieldError field='summary' message={issues.summary} id='complete-summary-issue' />
      <Text className='field-label' id='complete-minutes-label'>
        服务时长（分钟）
      </Text>
      <ChoiceGroup className='chips' label='服务时长'>
        {MINUTE_CHOICES.map((m) => (
          <Choice
            key={m}
            checked={minutes === String(m)}
            className={`chip minute-chip${minutes === String(m) ? ' chip--on' : ''}`}
            data-minutes={m}
            onChoose={() => edit('minutes', setMinutes)(String(m))}
          >
            {m}分钟
          </Choice>
        ))}
      </ChoiceGroup>
      <FormInput
        id='complete-minutes'
        label='服务时长（分钟）'
        labelId='complete-minutes-label'
        describedBy={['complete-minutes-issue']}
        invalid={!!issues.minutes}
        required
        kind='number'
        value={minutes}
        maxlength={3}
        placeholder='或直接填写分钟数，如 45'
        onInput={edit('minutes', setMinutes)}
      />
      <FieldError field='minutes' message={issues.minutes} id='complete-minutes-issue' />
      <Text className='meta' id='complete-minutes-hint'>
        {`请按实际时长填写。比签到后经过的时间多出${MINUTES_MARGIN}分钟以上的，要等队长确认后积分才存入存折。`}
      </Text>
      {PHOTOS_SUPPORTED && (
        <BigButton kind='plain' id='complete-photo' onClick={() => void addPhoto()}>
          {photo ? '已附照片 1 张（点此更换）' : '拍照或选照片（选填）'}
        </BigButton>
      )}
      {photoNote && <Text className='meta alert-text'>{photoNote}</Text>}
      <FieldError field='photo' message={issues.photo} />
      <BigButton id='complete-button' busy={busy} onClick={submit}>
        提交，完成服务
      </BigButton>
    </Card>
  );
}
