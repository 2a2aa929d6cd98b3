/**
 * Hands a file to the browser's download: an <a download> pointing at a `blob:`
 * URL of the data, clicked and removed; the URL is revoked once the download has
 * had time to start (revoking at once can cancel it in some browsers).
 */

const REVOKE_AFTER_MS = 30_000;

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
