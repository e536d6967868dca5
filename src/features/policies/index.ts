export { PolicyDetail, POLICY_TABS, type PolicyTab } from './components/policy-detail';
export { PolicyLibrary } from './components/policy-library';
