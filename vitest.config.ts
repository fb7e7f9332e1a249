// Vitest: `unit` tests the site's logic (src/lib, content, the editor check); `tooling` tests what surrounds the site (the
// benchmark, the deploy workflow, the editors' guides, the audit); `e2e` tests the built site (dist/) in a real Chromium.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node', // Some tests run tsx or Astro in a child process: slow on a busy two-core machine.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: { name: 'tooling', include: ['tests/tooling/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
