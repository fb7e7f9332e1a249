// Drafts and scheduled articles show in the dev server only. Decided by the command Astro runs (dev or build), not by
// NODE_ENV: a CI that builds with NODE_ENV=test must still leave drafts out of the production site.
import type { AstroIntegration } from 'astro';

export function draftsInDevOnly(): AstroIntegration {
  return {
    name: 'drafts-in-dev-only',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
