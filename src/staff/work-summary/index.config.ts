export default definePageConfig({ navigationBarTitleText: '半年工作总结' });
