export default definePageConfig({ navigationBarTitleText: '爱心兑换', enablePullDownRefresh: true });
