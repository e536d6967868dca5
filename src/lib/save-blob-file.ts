// H5: hands the browser a file to save (a download) made from a Blob in memory. The browser's objects are
// reached through `window`, behind a typeof test, so the weapp bundle (no window there) never touches them.
export function saveBlobFile(name: string, blob: Blob): void {
  if (typeof window === 'undefined') return;
  const url = window.URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = name;
  window.document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => window.URL.revokeObjectURL(url), 1000);
}
