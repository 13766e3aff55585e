import { isStaleChunkError } from './staleChunk';

describe('a page whose code is gone after a redeploy', () => {
  it.each([
    ['Failed to fetch dynamically imported module: http://localhost:4153/assets/CommitteeAccountShow-CkGw2xX8.js', true],
    ['error loading dynamically imported module: https://wuye.example/assets/FirmShow-a1.js', true],
    ['Importing a module script failed.', true],
    ['Unable to preload CSS for /assets/index-1.css', true],
    ['Loading chunk 42 failed.', true],
    ["Cannot read properties of undefined (reading 'id')", false],
    ['', false],
  ])('%p is a stale chunk: %s', (message, stale) => {
    expect(isStaleChunkError(new Error(message))).toBe(stale);
  });

  it('reads nothing into what is not an error', () => {
    expect([isStaleChunkError(undefined), isStaleChunkError({ message: 'Importing a module script failed.' })]).toEqual([false, false]);
  });
});
