export default definePageConfig({ navigationBarTitleText: '记录巡访' });
