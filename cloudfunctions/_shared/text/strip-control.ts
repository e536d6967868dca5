// Control characters (other than tab and newline) never belong in text people type: they are
// dropped before anything is stored.
export const stripControl = (text: string): string => text.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
