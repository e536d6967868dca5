export { CommentModeration } from './components/comment-moderation';
export { ConsultationDetail } from './components/consultation-detail';
export { ConsultationList } from './components/consultation-list';
export { MyComments } from './components/my-comments';
