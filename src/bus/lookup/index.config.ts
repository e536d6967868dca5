export default definePageConfig({ navigationBarTitleText: '城乡公交' });
