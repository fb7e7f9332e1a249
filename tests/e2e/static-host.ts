// Makes the preview server behave like a static host that reads public/_headers, so the browser enforces those headers.
import type { BrowserContext } from 'playwright-core';
import { headerRules, headersFor } from '../support/headers-file';

/**
 * Adds the `_headers` rules to every response from `siteRoot` (the preview's URL with its base path); requests to any
 * other origin are blocked (the tests record them as failures elsewhere).
 */
export async function serveWithHeadersFile(context: BrowserContext, siteRoot: string): Promise<void> {
  const rules = headerRules();
  const root = new URL(siteRoot);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== root.origin) return route.abort('blockedbyclient');
    // A connection the preview server resets under load (ECONNRESET, seen on a busy two-core machine) is retried, as a
    // browser would reload; anything else still fails the page.
    const response = await route.fetch({ maxRetries: 2 });
    // The rules name paths from the domain root, where Netlify and Cloudflare Pages serve the site; the preview may
    // add a base path, which is taken off before matching.
    const path = url.pathname.startsWith(root.pathname) ? `/${url.pathname.slice(root.pathname.length)}` : url.pathname;
    const { headers } = headersFor(rules, path);
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
}
