// Middleware that hands each rendered HTML page to finish-pages during a build; in the dev server it does nothing.
import type { MiddlewareHandler } from 'astro';
import { activeFinisher } from './finish-pages-handoff.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const finisher = activeFinisher();
  if (!finisher || !response.headers.get('content-type')?.includes('text/html')) return response;
  const bytes = await finisher.page(context.url.pathname, new Uint8Array(await response.arrayBuffer()));
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
};
