export default definePageConfig({ navigationBarTitleText: '一问一答', enableShareAppMessage: true, enableShareTimeline: true });
