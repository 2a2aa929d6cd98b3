/**
 * Links are http(s) only. The validator already refuses other schemes, but a file
 * swapped on the server, or a future import path, must still never put a
 * `javascript:` or `data:` URL into an <a href>: checked again right before rendering.
 */
export function httpUrl(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
