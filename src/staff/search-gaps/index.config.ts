export default definePageConfig({ navigationBarTitleText: '搜不到的问题' });
