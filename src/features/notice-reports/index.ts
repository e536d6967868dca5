export { SendReports } from './components/send-reports';
