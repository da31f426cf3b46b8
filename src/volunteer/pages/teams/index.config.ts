export default definePageConfig({ navigationBarTitleText: '我的服务队', enablePullDownRefresh: true });
