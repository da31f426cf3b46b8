export default definePageConfig({ navigationBarTitleText: '月结账单' });
