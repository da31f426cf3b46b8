import { Image, Text, View } from '@tarojs/components';
import { Tappable } from '@/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { chooseAndUploadPhotos, MAX_PHOTOS, PHOTOS_SUPPORTED } from '@/services';
import { Field } from './Field';

/** Up to 3 photos (weapp only: cloud storage); hidden on H5. `#photo-add`, `.photo-remove`. */
export function PhotoField({ photos, error, onChange }: { photos: string[]; error?: string; onChange: (p: string[]) => void }) {
  const [busy, setBusy] = useState(false);
  if (!PHOTOS_SUPPORTED) return null;
  const add = async () => {
    setBusy(true);
    const result = await chooseAndUploadPhotos(MAX_PHOTOS - photos.length);
    setBusy(false);
    if (result.ok) onChange([...photos, ...result.fileIds].slice(0, MAX_PHOTOS));
    else if (!result.cancelled) void Taro.showToast({ title: '照片上传失败，请重试', icon: 'none' });
  };
  return (
    <Field field='photos' label='照片（可不传）' hint={`拍一下要办的东西，最多${MAX_PHOTOS}张`} error={error}>
      <View className='photos'>
        {photos.map((p, i) => (
          <View key={p} className='photo'>
            <Image className='photo-image' src={p} mode='aspectFill' />
            <Tappable className='photo-remove' label={`删除第${i + 1}张照片`} onClick={() => onChange(photos.filter((x) => x !== p))}>
              <Text>删除</Text>
            </Tappable>
          </View>
        ))}
        {photos.length < MAX_PHOTOS ? (
          <Tappable className='photo photo-add' id='photo-add' disabled={busy} onClick={() => void add()}>
            <Text className='photo-add-text'>{busy ? '上传中…' : '＋ 加照片'}</Text>
          </Tappable>
        ) : null}
      </View>
    </Field>
  );
}
