export default definePageConfig({ navigationBarTitleText: '服务周报', enablePullDownRefresh: true });
