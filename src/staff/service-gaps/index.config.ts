export default definePageConfig({ navigationBarTitleText: '办事指南完整性检查' });
