export default definePageConfig({ navigationBarTitleText: '海报与扫码' });
