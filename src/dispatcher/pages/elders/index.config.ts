export default definePageConfig({ navigationBarTitleText: '巡访看板', enablePullDownRefresh: true });
