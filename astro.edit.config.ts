// `npm run edit`: the site's dev server plus the editing UI (Keystatic at /keystatic/, the data forms and the editor
// check at /edit/). A config of its own, so nothing of the UI can reach `astro build`, which reads astro.config.ts.
import { realpathSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import site from './astro.config';
import editing from './src/editing/integration';

export default defineConfig({
  ...site,
  // Keystatic's admin and API addresses have no trailing slash; the site's own links all have one.
  trailingSlash: 'ignore',
  integrations: [...(site.integrations ?? []), ...editing()],
  vite: {
    ...site.vite,
    // The editing UI's modules come from node_modules; let the browser load them also where node_modules is a link to
    // another folder (the editing test's project copy).
    server: { fs: { allow: [process.cwd(), realpathSync('node_modules')] } },
  },
});
