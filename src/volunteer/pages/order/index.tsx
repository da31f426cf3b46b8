import { Text, View } from '@tarojs/components';

/** Placeholder: being built. */
export default function Page() {
  return (
    <View>
      <Text>建设中</Text>
    </View>
  );
}
