export default definePageConfig({ navigationBarTitleText: '建议提案办理结果' });
