export default definePageConfig({ navigationBarTitleText: '项目进展', enableShareAppMessage: true });
