/**
 * The one routing table. Resident pages live in the main package (they are what a QR scan opens);
 * the centre's, the volunteers', the admin area's and the merchant's are subpackages, loaded only by the
 * people who use them.
 */
export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/wish/new/index',
    'pages/wish/mine/index',
    'pages/wish/detail/index',
    'pages/invite/index',
    'pages/activities/index',
    // 证书核验: the page a 志愿服务证明's QR opens (anyone may check a number)
    'pages/cert/index',
  ],
  subPackages: [
    {
      root: 'dispatcher',
      pages: [
        'pages/queue/index',
        'pages/order/index',
        'pages/households/index',
        // The elders' registry (巡访): the board, one elder, the import
        'pages/elders/index',
        'pages/elder/index',
        'pages/elders-import/index',
        // 服务周报: the weekly digest for dispatchers and team leaders
        'pages/digest/index',
        // 活动: the organiser's list, the publish form, one activity (code, roster, closing)
        'pages/activities/index',
        'pages/activity-new/index',
        'pages/activity/index',
      ],
    },
    {
      root: 'volunteer',
      pages: [
        'pages/register/index',
        'pages/hall/index',
        'pages/order/index',
        'pages/teams/index',
        'pages/passbook/index',
        'pages/badges/index',
        // redeem
        'pages/rewards/index',
        'pages/reservations/index',
        // visits (巡访): the volunteer's visit orders and recording one
        'pages/visits/index',
        'pages/visit/index',
        // 微心愿墙: the community's wall of wishes any of its volunteers may claim
        'pages/wall/index',
        // 活动: this community's and mine, one activity (sign-up, check-in)
        'pages/activities/index',
        'pages/activity/index',
        // 志愿服务证明: ask for a certificate, open its PDF
        'pages/certificate/index',
      ],
    },
    {
      root: 'admin',
      pages: [
        'pages/index/index',
        'pages/places/index',
        'pages/teams/index',
        'pages/sponsors/index',
        'pages/people/index',
        'pages/invitations/index',
        'pages/import/index',
        'pages/posters/index',
        'pages/reviews/index',
        // 数据看板 (insight.dashboard)
        'pages/dashboard/index',
        // 数据导出 (insight.export_start, export_step, exports)
        'pages/exports/index',
        'pages/prices/index',
        // visits: the plan (巡访计划, settings key visits)
        'pages/visits/index',
        // ledger
        'pages/bank/index',
      ],
    },
    { root: 'merchant', pages: ['pages/shop/index', 'pages/counter/index', 'pages/items/index', 'pages/statement/index'] },
  ],
  window: {
    navigationBarTitleText: '码上办',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f6f6',
    backgroundTextStyle: 'dark',
  },
  lazyCodeLoading: 'requiredComponents',
  // 到达签到 records where, when the volunteer allows it (coarse; staff only).
  permission: { 'scope.userLocation': { desc: '到达签到时记录大概位置，只有中心和队长能看到' } },
  requiredPrivateInfos: ['getLocation'],
  // H5 only: with page animation on, the browser's Back button leaves a blank page.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
});
