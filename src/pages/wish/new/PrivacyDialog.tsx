import { Text } from '@tarojs/components';
import { Dialog } from '@/components';

/** The privacy notice, asked once before the first submission (`#privacy-agree`, `#privacy-decline`). */
export function PrivacyDialog({ onAgree, onDecline }: { onAgree: () => void; onDecline: () => void }) {
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
      <Text className='privacy-line'>为了上门为您服务，我们会收集：姓名、电话、房号，以及您上传的照片。</Text>
      <Text className='privacy-line'>这些信息只用于办理您的心愿，不做其他用途。</Text>
      <Text className='privacy-line'>
        社区派单员可以看到；志愿者接单前只能看到隐藏过的电话（如 138****1234），接单后才能看到完整号码以便联系您。
      </Text>
      <Text className='privacy-line'>您本人的姓名、电话和房号会保存在这台手机上，下次提心愿不用再填。</Text>
      <Text className='privacy-line muted'>同意一次即可，以后提交不再询问。</Text>
    </Dialog>
  );
}
