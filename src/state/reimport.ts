/**
 * Importing a lazy chunk again after its fetch failed. Browsers that follow the
 * current HTML standard (whatwg/html#10327; Chromium 156 here, Firefox, WebKit)
 * fetch a failed module again on the next `import()`. Older ones keep the failure
 * in their module map for the life of the page, so the same `import()` fails at
 * once: then the chunk is imported under another address, its own with a
 * `?retry=N` query (the server ignores it; the browser sees a new module).
 * The address comes from the browser's error message, which names it in
 * Chromium ("Failed to fetch dynamically imported module: URL") and Firefox
 * ("error loading dynamically imported module: URL"); only a script on the
 * page's own origin is imported that way.
 */

/** The module address a failed `import()`'s error names, if it is a script on `origin`. */
export function failedModuleUrl(error: unknown, origin: string): string | undefined {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const found = /(https?:\/\/\S+?\.m?js)(?:[?#]\S*)?(?=\s|$|[)'"])/.exec(message)?.[1];
  if (!found) return undefined;
  try {
    const url = new URL(found);
    return url.origin === origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `url` with `retry=attempt` in its query, so the browser takes it for a module it has not seen. */
export function retryUrl(url: string, attempt: number): string {
  const next = new URL(url);
  next.searchParams.set('retry', String(attempt));
  return next.href;
}

/**
 * Runs `load` (the chunk's own `import()`) again; if that fails and the error names
 * a same-origin module, imports that module under a retry address (`attempt` makes
 * each retry's address new). `importUrl` is the import itself, injectable for tests.
 */
export async function importAgain<T>(
  load: () => Promise<T>,
  attempt: number,
  origin: string,
  importUrl: (url: string) => Promise<T> = (url) => import(/* @vite-ignore */ url) as Promise<T>,
): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const url = failedModuleUrl(error, origin);
    if (url === undefined) throw error;
    return importUrl(retryUrl(url, attempt));
  }
}
