export default definePageConfig({ navigationBarTitleText: '码上办' });
