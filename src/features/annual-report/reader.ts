// The citizen page's entry (about/ subpackage): only the reader, so the staff editor never reaches it.
export { ReportReader } from './components/report-reader';
