export default definePageConfig({ navigationBarTitleText: '村村响广播稿' });
