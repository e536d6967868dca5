export default definePageConfig({
  navigationBarTitleText: '交通政务公开',
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
