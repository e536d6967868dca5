export default definePageConfig({ navigationBarTitleText: '办件记录与办理时间' });
