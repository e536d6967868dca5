export default definePageConfig({ navigationBarTitleText: '乡镇村名单' });
