export { ContentEditor } from './components/content-editor';
export { ReviewPanel } from './components/review-panel';
export { RevisionList } from './components/revision-list';
export { ServiceGapList } from './components/service-gap-list';
export { ConfidentialityFields, confidentialityPayload, EMPTY_CONFIDENTIALITY, type ConfidentialityValue } from './components/confidentiality-fields';
