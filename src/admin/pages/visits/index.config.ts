export default definePageConfig({ navigationBarTitleText: '巡访计划' });
