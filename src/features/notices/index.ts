export { NoticeCentre } from './components/notice-centre';
export { NoticeDetail } from './components/notice-detail';
