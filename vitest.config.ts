import { defineConfig } from 'vitest/config';
import { PATCHED_MODULES, vendorPatchesVite } from './scripts/vendor-patches.mjs';

export default defineConfig({
  // The bundled libraries run with the same patches as in the extension (scripts/vendor-patches.mjs).
  plugins: [vendorPatchesVite],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          server: { deps: { inline: PATCHED_MODULES } },
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          server: { deps: { inline: PATCHED_MODULES } },
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
