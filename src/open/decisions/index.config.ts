export default definePageConfig({ navigationBarTitleText: '双公示' });
