export { DevPersonaPicker } from './components/dev-persona-picker';
export { MyIdentity } from './components/my-identity';
export { useMe } from './hooks/use-me';
export { OpenInWeChat } from './components/open-in-wechat';
