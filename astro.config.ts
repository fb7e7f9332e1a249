// Astro configuration: static output, Korean at / and English at /en/, deployable at a domain root or a sub-path.
import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check';
import { draftsInDevOnly } from './src/integrations/drafts';
import finishPages from './src/integrations/finish-pages';
import type { Lang } from './src/lib/site/i18n';
import { THEME_SCRIPT } from './src/lib/site/theme-script';
import { normalizeBase } from './src/lib/site/urls';

// SITE_URL and BASE_PATH choose where the build will live, e.g. SITE_URL=https://example.github.io BASE_PATH=/gpu-deal/.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = normalizeBase(process.env.BASE_PATH);

// The editor check counts each language's published articles; finish-pages writes a language's search index as soon
// as that many are in, while the other pages still render.
let published: Record<Lang, number> | undefined;

// Astro does not hash inline scripts for its CSP, so the theme script's hash is added here.
const themeScriptHash = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}` as const;

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  // CSS inline in each page: the first render needs no second request, and HTML + CSS fit one round trip (14 kB gzip).
  // Several pages in flight at once: while one is with the finish-pages worker, the next one renders.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 8 },
  compressHTML: true,
  // News copy has no code blocks; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [
    // First, so a build with broken content stops with the editor-facing list of problems.
    contentCheck({ onChecked: (report) => (published = report.published) }),
    draftsInDevOnly(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'ko', locales: { ko: 'ko-KR', en: 'en-US' } },
      // Embed pages are for other sites' iframes, not for search engines.
      filter: (page) => !/\/404\/?$/.test(page) && !/\/embed\//.test(page),
    }),
    // Trims CSS, tightens each page's CSP and builds the search index while pages render.
    finishPages({ themeScriptHash, expectedArticles: () => published }),
  ],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: [themeScriptHash] },
    },
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
