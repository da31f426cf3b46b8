export default definePageConfig({ navigationBarTitleText: '楼道二维码海报' });
