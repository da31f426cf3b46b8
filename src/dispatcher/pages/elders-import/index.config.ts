export default definePageConfig({ navigationBarTitleText: '巡访对象导入' });
