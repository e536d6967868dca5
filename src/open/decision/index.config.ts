export default definePageConfig({ navigationBarTitleText: '双公示详情' });
