export { ConsultationMeetings } from './components/consultation-meetings';
export { MyRegistrations } from './components/my-registrations';
