export default definePageConfig({ navigationBarTitleText: '村级信息员' });
