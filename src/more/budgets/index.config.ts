export default definePageConfig({ navigationBarTitleText: '预决算公开' });
