// Before the browser tests: make sure Chromium exists and serve the built site (dist/) with `astro preview`.
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/ensure-chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('The browser tests run on the built site: run `npm run build` first (npm test does).');
  }
  const chromiumPath: string = ensureChromium();
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  const base = (process.env.BASE_PATH ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
  project.provide('baseURL', `http://127.0.0.1:${server.port}${base}`);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server.stop();
  };
}
