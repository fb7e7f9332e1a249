// The benchmark's baseline: bare Astro + MDX building the same articles, with the site's Markdown settings and nothing else.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  compressHTML: true,
  markdown: { syntaxHighlight: false },
  // Incremental rebuilds as the site has them; its one route keys each page on the article's digest.
  experimental: { incrementalBuild: true },
  integrations: [mdx()],
});
