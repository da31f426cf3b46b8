export default definePageConfig({ navigationBarTitleText: '场所', enablePullDownRefresh: true });
