export default definePageConfig({ navigationBarTitleText: '公益银行' });
