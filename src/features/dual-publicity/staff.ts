// The staff import page's entry: kept apart from index.ts so the citizen subpackage never carries the
// import form (and the upload code with it).
export { DecisionImport } from './components/decision-import';
