/**
 * The one routing table. Resident pages live in the main package; volunteer, dispatcher,
 * admin and merchant areas will be subpackages (`subPackages`).
 */
export default defineAppConfig({
  pages: ['pages/index/index'],
  window: {
    navigationBarTitleText: '码上办',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f6f6',
    backgroundTextStyle: 'dark',
  },
  lazyCodeLoading: 'requiredComponents',
  // H5 only: with page animation on, the browser's Back button leaves a blank page.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
});
