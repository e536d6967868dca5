export { FreshnessReport } from './components/freshness-report';
