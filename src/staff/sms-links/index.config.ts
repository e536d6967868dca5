export default definePageConfig({ navigationBarTitleText: '短信链接' });
