// The resident's photos of the problem: every viewer sees them (domain/wish/view.ts). On H5 cloud
// file ids cannot be shown, so only their number is.
import { Image, View } from '@tarojs/components';
import { InfoRow } from '@/components/Card';
import { PHOTOS_SUPPORTED } from '@/services';

export function WishPhotos({ photos }: { photos: string[] }) {
  if (photos.length === 0) return null;
  if (!PHOTOS_SUPPORTED) return <InfoRow label='照片' value={`${photos.length}张（请在微信小程序中查看）`} />;
  return (
    <View className='wish-photos'>
      {photos.map((p) => (
        <Image key={p} className='wish-photo' src={p} mode='aspectFill' />
      ))}
    </View>
  );
}
