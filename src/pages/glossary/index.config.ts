export default definePageConfig({ navigationBarTitleText: '术语解释' });
