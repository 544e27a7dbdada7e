import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    // End-to-end tests build whole dossiers and call qpdf/epubcheck; CI machines have 2 cores.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Tests never read or fill the user's cache (~/.cache/dossier); the cache's own tests pass a folder.
    env: { DOSSIER_CACHE: 'off' },
  },
});
