// H5: hands the browser a file to save (a download), made from text in memory. The browser's objects are
// reached through `window`, behind a typeof test, so the weapp bundle (no window there) never touches them.
export function saveTextFile(name: string, text: string, type = 'application/json'): void {
  if (typeof window === 'undefined') return;
  const url = window.URL.createObjectURL(new window.Blob([text], { type: `${type};charset=utf-8` }));
  const link = window.document.createElement('a');
  link.href = url;
  link.download = name;
  window.document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => window.URL.revokeObjectURL(url), 1000);
}
