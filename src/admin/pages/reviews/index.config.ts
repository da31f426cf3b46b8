export default definePageConfig({ navigationBarTitleText: '评比', enablePullDownRefresh: false });
