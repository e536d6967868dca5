// Notice settings as their own entry: the settings page lives in a subpackage, and keeping it out of the
// notices barrel keeps its place picker out of the main package the notice pages are in.
export { NoticeSettings } from './components/notice-settings';
