export { GlossaryList } from './components/glossary-list';
