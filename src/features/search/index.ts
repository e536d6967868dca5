export { SearchPanel } from './components/search-panel';
