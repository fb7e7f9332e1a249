// Astro configuration: static output, Korean at / and English at /en/, deployable at a domain root or a sub-path.
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { koreanQuotes, paragraphPlaceholders, scrollingTables } from './src/integrations/article-html';
import postBuild from './src/integrations/post-build';
import { cspHash } from './src/lib/site/csp-trim';
import { DEFAULT_LANG, LANGS, LOCALE_TAG } from './src/lib/site/i18n';
import { ISLAND_LOADER } from './src/lib/site/island-loader';
import { THEME_SCRIPT } from './src/lib/site/theme-script';
import { buildCacheDir, DEFAULT_SITE } from './src/lib/site/build-cache';
import { compileHintBanner } from './src/lib/site/compile-hints';
import { deployBase } from './src/lib/site/urls';

// SITE_URL and BASE_PATH choose where the build will live, e.g. SITE_URL=https://example.github.io BASE_PATH=/gpu-deal/.
const site = process.env.SITE_URL || DEFAULT_SITE;
const base = deployBase(process.env.BASE_PATH);

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  // Rebuilds render only the pages whose inputs changed (each route's getStaticPaths gives a cacheKey from
  // src/lib/site/page-inputs.ts; Astro adds a hash of the page's code) and copy the rest from the cache.
  // `astro build --force` renders every page.
  experimental: { incrementalBuild: true },
  cacheDir: buildCacheDir(site, base),
  // Korean at the root, English under /en/: pages read their language from Astro.currentLocale.
  i18n: { locales: [...LANGS], defaultLocale: DEFAULT_LANG, routing: { prefixDefaultLocale: false } },
  // CSS inline in each page: the first render needs no second request.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Whitespace between elements on separate lines is dropped, as in JSX: markup can be formatted (Prettier) without
  // changing the page; a space that matters is written {' '}.
  compressHTML: 'jsx',
  // News copy has no code blocks; Shiki's inline styles would also break the CSP.
  // Articles' HTML (src/integrations/article-html.ts): Korean quotation marks that smart punctuation closes before Hangul
  // are opened; tables scroll in a box of their own on a phone; paragraphs get their deferred-layout placeholder height.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [koreanQuotes(), scrollingTables(), paragraphPlaceholders()] }) },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: DEFAULT_LANG, locales: LOCALE_TAG },
      // Embed pages are for other sites' iframes, not for search engines.
      filter: (page) => !/\/404\/?$/.test(page) && !/\/embed\//.test(page),
    }),
    // The search index and the hosts' security headers, over the finished dist/.
    postBuild(),
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
      // Astro does not hash inline scripts for its CSP, so the theme script's and the island loader's are added here.
      scriptDirective: { hashes: [cspHash(THEME_SCRIPT), cspHash(ISLAND_LOADER)] },
    },
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        output: { postBanner: compileHintBanner },
        // Astro marks each MDX article's styles with a directive Rolldown warns it may drop (26 warnings a build, one
        // per article); Astro reads it before bundling, so nothing is lost (withastro/astro#18087, open). Other
        // warnings still print.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
