export default definePageConfig({ navigationBarTitleText: '我的存折', enablePullDownRefresh: true });
