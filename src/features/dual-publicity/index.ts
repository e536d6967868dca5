export { DecisionDetail } from './components/decision-detail';
export { DecisionList } from './components/decision-list';
