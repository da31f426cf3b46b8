export default definePageConfig({ navigationBarTitleText: '困难户登记', enablePullDownRefresh: true });
