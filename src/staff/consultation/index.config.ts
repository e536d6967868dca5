export default definePageConfig({ navigationBarTitleText: '意见管理' });
