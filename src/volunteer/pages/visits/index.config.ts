export default definePageConfig({ navigationBarTitleText: '我的巡访', enablePullDownRefresh: true });
