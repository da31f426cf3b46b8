// 完成服务: what was done, how long (minutes), and a photo on weapp. Checked with CompleteInput.
import { Input, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, FieldError } from '@/components';
import type { ActionInput } from '@/domain/schemas';
import { CompleteInput } from '@/domain/schemas/volunteer';
import { chooseAndUploadPhotos, PHOTOS_SUPPORTED } from '@/services';
import { MINUTE_CHOICES } from './constants';
import '@/styles/controls.scss';

type Complete = ActionInput<'volunteer', 'complete'>;

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

  const submit = () => {
    const trimmed = minutes.trim();
    const event = {
      action: 'complete' as const,
      wishId,
      summary,
      minutes: /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN,
      ...(photo ? { photo } : {}),
    };
    const parsed = CompleteInput.safeParse(event);
    if (parsed.success) {
      setIssues({});
      onSubmit(parsed.data);
      return;
    }
    const found: Record<string, string> = {};
    for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message;
    if (!/^\d+$/.test(trimmed)) found.minutes = '请填写服务了多少分钟，如 45';
    setIssues(found);
  };

  return (
    <Card title='完成服务' id='complete-form'>
      <Text className='field-label'>做了什么</Text>
      <View className='textarea-box gap-top'>
        <Textarea
          className='textarea-input'
          id='complete-summary'
          value={summary}
          maxlength={300}
          placeholder='如：更换了厨房水龙头阀芯，试用不再漏水'
          onInput={(e) => setSummary(e.detail.value)}
        />
      </View>
      <FieldError field='summary' message={issues.summary} />
      <Text className='field-label'>服务时长（分钟）</Text>
      <View className='chips'>
        {MINUTE_CHOICES.map((m) => (
          <Text
            key={m}
            className={`chip minute-chip${minutes === String(m) ? ' chip--on' : ''}`}
            data-minutes={m}
            onClick={() => setMinutes(String(m))}
          >
            {m}分钟
          </Text>
        ))}
      </View>
      <View className='input-box'>
        <Input
          className='input-field'
          id='complete-minutes'
          type='number'
          value={minutes}
          placeholder='或直接填写分钟数，如 45'
          onInput={(e) => setMinutes(e.detail.value)}
        />
      </View>
      <FieldError field='minutes' message={issues.minutes} />
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
