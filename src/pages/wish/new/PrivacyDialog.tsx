import { Text } from '@tarojs/components';
import { Dialog } from '@/components';
import { PHOTOS_SUPPORTED } from '@/services';

interface Props {
  /** Filed for an elder (帮办): the notice speaks about the elder's data. */
  proxy: boolean;
  onAgree: () => void;
  onDecline: () => void;
}

/**
 * The privacy notice, asked once before the first submission (`#privacy-agree`, `#privacy-decline`).
 * Photos are mentioned only where they can be added (the mini-program; H5 has no photo field).
 */
export function PrivacyDialog({ proxy, onAgree, onDecline }: Props) {
  const photos = PHOTOS_SUPPORTED ? (proxy ? '，以及您替老人上传的照片' : '，以及您上传的照片') : '';
  return (
    <Dialog
      id='privacy-dialog'
      title='个人信息保护说明'
      confirmId='privacy-agree'
      cancelId='privacy-decline'
      confirmText='同意并提交'
      cancelText='暂不提交'
      onConfirm={onAgree}
      onCancel={onDecline}
    >
      {proxy ? (
        <>
          <Text className='privacy-line'>{`为了上门为老人服务，我们会收集：老人的姓名、电话、房号${photos}，以及您（帮办人）的姓名和手机号。`}</Text>
          <Text className='privacy-line'>老人的姓名和电话只用于办理这条心愿，不做其他用途。请先向老人说明，征得老人同意后再提交。</Text>
          <Text className='privacy-line'>
            社区派单员可以看到；志愿者接单前只能看到隐藏过的电话，接单后才能看到完整号码，以便联系老人或您。
          </Text>
          <Text className='privacy-line'>老人的信息不会保存在这台手机上；您本人的姓名和手机号会保存，下次帮办不用再填。</Text>
        </>
      ) : (
        <>
          <Text className='privacy-line'>{`为了上门为您服务，我们会收集：姓名、电话、房号${photos}。`}</Text>
          <Text className='privacy-line'>这些信息只用于办理您的心愿，不做其他用途。</Text>
          <Text className='privacy-line'>
            社区派单员可以看到；志愿者接单前只能看到隐藏过的电话（如 138****1234），接单后才能看到完整号码以便联系您。
          </Text>
          <Text className='privacy-line'>您本人的姓名、电话和房号会保存在这台手机上，下次提心愿不用再填。</Text>
        </>
      )}
      <Text className='privacy-line muted'>同意一次即可，以后提交不再询问。</Text>
    </Dialog>
  );
}
