export { SearchPanel } from './components/search-panel';
export { SearchGapList } from './components/search-gap-list';
