export default definePageConfig({ navigationBarTitleText: '导入城乡公交线路' });
