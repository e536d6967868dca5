export default definePageConfig({ navigationBarTitleText: '更新期限与内容健康' });
