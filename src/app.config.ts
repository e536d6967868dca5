export default defineAppConfig({
  pages: ['pages/index/index', 'pages/mine/index', 'pages/policies/index', 'pages/policy/index', 'pages/search/index', 'pages/qa/index', 'pages/glossary/index', 'pages/projects/index', 'pages/project/index', 'pages/ask/index', 'pages/my-cases/index', 'pages/notices/index', 'pages/notice/index', 'pages/notice-settings/index'],
  subPackages: [
    // Citizen pages reached from the home grid: downloaded when first opened, so the main package stays small.
    { root: 'more', pages: ['services/index', 'service/index', 'budgets/index', 'consultations/index', 'consultation/index', 'my-comments/index', 'disclosure/index', 'answers/index'] },
    // Staff pages live in their own subpackage so citizens never download them.
    { root: 'staff', pages: ['team/index', 'content/index', 'edit/index', 'review/index', 'cases/index', 'notices/index', 'service-gaps/index', 'budget-import/index', 'consultation/index', 'calendar/index'] },
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
