export { FreshnessReport } from './components/freshness-report';
export { DemandList } from './components/demand-list';
