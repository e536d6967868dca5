export default definePageConfig({ navigationBarTitleText: '导入双公示' });
