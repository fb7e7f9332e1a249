// /robots.txt: allow everything and point crawlers at the sitemap (an absolute URL, so it is built from SITE_URL).
import type { APIContext } from 'astro';
import { withBase } from '@/lib/site/urls';

export function GET(context: APIContext) {
  const sitemap = new URL(withBase('/sitemap-index.xml'), context.site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain' } });
}
