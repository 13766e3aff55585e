/**
 * A page's code that no longer loads: after a redeploy the old hashed chunk (assets/<Page>-<hash>.js) is gone,
 * and each browser words the failure its own way (Chromium, Firefox, Safari, Vite's CSS preload).
 */
const STALE_CHUNK = /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS|Loading chunk [\w-]+ failed/i;

export function isStaleChunkError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return STALE_CHUNK.test(message);
}
