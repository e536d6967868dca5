/** What a read-aloud control needs of a speech engine: whether it can speak here, and one reading at a time. */
export interface SpeechCallbacks {
  /** The whole text was read. */
  onEnd(): void;
  /** Reading stopped on its own; the message is shown to the person. */
  onError(message: string): void;
}

export interface Playback {
  pause(): void;
  resume(): void;
  stop(): void;
}

export interface SpeechEngine {
  /** Why it cannot read aloud here (shown instead of doing nothing), or null when it can. */
  unavailableReason(): string | null;
  /** Starts reading `text` (already in its spoken form), cutting it into pieces the engine takes. */
  start(text: string, callbacks: SpeechCallbacks): Playback;
}
