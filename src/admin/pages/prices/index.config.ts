export default definePageConfig({ navigationBarTitleText: '收费标准与公益基金' });
