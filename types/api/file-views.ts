// Stored files as pages receive them. A file that cannot be read now (missing, removed, or stored
// with a bad id) comes as a null link: the page shows it as unavailable and everything else as usual.

/** A temporary download link, or null when the file is unavailable. */
export type FileUrl = string | null;

export interface FileLink {
  name: string;
  url: FileUrl;
}
