export { ElderSwitch } from './components/elder-switch';
export { useElderMode } from './hooks/use-elder-mode';
