export default definePageConfig({ navigationBarTitleText: '办理公开' });
