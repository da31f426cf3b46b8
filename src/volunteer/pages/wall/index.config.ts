export default definePageConfig({ navigationBarTitleText: '微心愿墙', enablePullDownRefresh: true });
