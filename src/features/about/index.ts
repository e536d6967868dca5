export { BureauInfo } from './components/bureau-info';
export { CatalogueBrowser } from './components/catalogue-browser';
export { DisclosureGuide } from './components/disclosure-guide';
export { ProposalDetail } from './components/proposal-detail';
export { ProposalList } from './components/proposal-list';
