export { SmsLinks } from './components/sms-links';
