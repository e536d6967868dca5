export { ReportEditor } from './components/report-editor';
