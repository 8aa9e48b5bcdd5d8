/**
 * A file offered for download from the task pane (the units' forms). A Blob and a link with
 * `download`: Excel on the web and the desktop hosts' webviews that allow downloads save it; where
 * a host does not, the clerk writes the forms into the workbook as sheets instead.
 */
export function saveFile(name: string, bytes: Uint8Array, type: string): boolean {
  if (typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') return false;
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started by the next task; the URL is not needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}
