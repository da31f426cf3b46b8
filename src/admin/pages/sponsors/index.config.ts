export default definePageConfig({ navigationBarTitleText: '赞助方与预算', enablePullDownRefresh: true });
