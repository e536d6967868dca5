export { ReadAloudBar } from './components/read-aloud-bar';
export type { Playback, SpeechCallbacks, SpeechEngine } from './engines/speech-engine';
