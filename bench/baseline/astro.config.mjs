// The benchmark's baseline: bare Astro + MDX building the same articles, with the site's Markdown settings and nothing else.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  compressHTML: true,
  markdown: { syntaxHighlight: false },
  integrations: [mdx()],
});
