export { ReportEditor } from './components/report-editor';
export { RevisionPreview } from './components/revision-preview';
