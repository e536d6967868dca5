// 朗读 on weapp uses WeChat's 同声传译 plugin (WechatSI). It is declared only once the mini-program has added
// it in the admin console and the build says so (TARO_APP_WECHAT_SI=on): WeChat will not compile an app.json
// naming a plugin its AppID may not use, and the tourist AppID may use none. Declared for the main package,
// where the pages that read aloud (policy, notice, Q&A) are.
const speechPlugin = process.env.TARO_APP_WECHAT_SI === 'on' ? { plugins: { WechatSI: { version: '0.3.5', provider: 'wx069ba97219f66d99' } } } : {};

export default defineAppConfig({
  ...speechPlugin,
  pages: ['pages/index/index', 'pages/mine/index', 'pages/policies/index', 'pages/policy/index', 'pages/search/index', 'pages/qa/index', 'pages/glossary/index', 'pages/projects/index', 'pages/project/index', 'pages/notices/index', 'pages/notice/index'],
  subPackages: [
    // Citizen pages reached from the home grid, 我的 or a link (asking, one's own cases, notice settings):
    // downloaded when first opened, so the main package that a shared link opens stays small.
    { root: 'more', pages: ['services/index', 'service/index', 'budgets/index', 'consultations/index', 'consultation/index', 'my-comments/index', 'disclosure/index', 'answers/index', 'ask/index', 'my-cases/index', 'notice-settings/index', 'my-data/index', 'broadcast/index', 'poster/index'] },
    // Staff pages live in their own subpackage so citizens never download them.
    { root: 'staff', pages: ['team/index', 'content/index', 'edit/index', 'review/index', 'cases/index', 'notices/index', 'service-gaps/index', 'search-gaps/index', 'budget-import/index', 'consultation/index', 'calendar/index', 'places/index', 'bus-import/index', 'decision-import/index', 'sms-links/index', 'freshness/index', 'poster/index', 'poster-scans/index', 'liaison/index', 'annual-report/index', 'handling/index', 'work-summary/index'] },
    // The bureau's own pages: the disclosure guide and catalogue, the bureau's information, proposal replies.
    { root: 'about', pages: ['guide/index', 'catalogue/index', 'bureau/index', 'proposals/index', 'proposal/index', 'annual-report/index'] },
    // 城乡公交: the village lookup and a route's page.
    { root: 'bus', pages: ['lookup/index', 'route/index'] },
    // 双公示 (licensing and penalty decisions), reached from the home grid.
    { root: 'open', pages: ['decisions/index', 'decision/index'] },
  ],
  window: {
    navigationBarTitleText: '交通政务公开',
    navigationBarBackgroundColor: '#0b4f8a',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6f8',
  },
  tabBar: {
    color: '#3d4852',
    selectedColor: '#0b4f8a',
    backgroundColor: '#ffffff',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab-home.png', selectedIconPath: 'assets/tab-home-active.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tab-mine.png', selectedIconPath: 'assets/tab-mine-active.png' },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
});
