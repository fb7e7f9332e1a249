// The site's routes read from src/pages/, so the link checker knows every page, including ones added after it was written.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface RoutePattern {
  /** Path segments; a parameter is written ':name'. */
  segments: string[];
  /** Pages end in a slash (/timeline/); files such as rss.xml do not. */
  directory: boolean;
  /** Under src/pages/[...locale]/: exists for every language. */
  localized: boolean;
  file: string;
}

const PAGE_EXT = /\.(astro|md|mdx|ts|js)$/;
const LOCALE_DIR = '[...locale]';

function toPattern(rel: string, localized: boolean, file: string): RoutePattern {
  const withoutExt = rel.replace(PAGE_EXT, '');
  const parts = withoutExt.split(/[\\/]/).filter((p) => p !== '' && p !== 'index');
  // An endpoint keeps its own extension (rss.xml.ts → rss.xml); everything else is a directory page.
  const directory = !/\.[a-z0-9]+$/i.test(parts.at(-1) ?? '');
  const segments = parts.map((p) => (/^\[.+\]$/.test(p) ? `:${p.slice(1, -1).replace(/^\.\.\./, '')}` : p));
  return { segments, directory, localized, file };
}

/** Every route under `pagesDir` (src/pages). */
export function readRoutes(pagesDir: string): RoutePattern[] {
  if (!existsSync(pagesDir)) return [];
  return readdirSync(pagesDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && PAGE_EXT.test(d.name) && !d.name.startsWith('_'))
    .map((d) => {
      const file = join(d.parentPath, d.name);
      const rel = relative(pagesDir, file);
      const localized = rel.startsWith(`${LOCALE_DIR}/`) || rel.startsWith(`${LOCALE_DIR}\\`);
      return toPattern(localized ? rel.slice(LOCALE_DIR.length + 1) : rel, localized, rel);
    });
}

/** The route a site path (without locale prefix) falls under, and its parameters. */
export function matchRoute(
  routes: RoutePattern[],
  rest: string,
  localizedOnly: boolean,
): { route: RoutePattern; params: Record<string, string>; trailingSlash: boolean } | undefined {
  const trailingSlash = rest.endsWith('/');
  const parts = rest.split('/').filter(Boolean);
  // Static routes win over parameterised ones, as in Astro.
  const ordered = [...routes].sort(
    (a, b) => a.segments.filter((s) => s.startsWith(':')).length - b.segments.filter((s) => s.startsWith(':')).length,
  );
  for (const route of ordered) {
    if (localizedOnly && !route.localized) continue;
    if (route.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = route.segments.every((seg, i) => {
      if (seg.startsWith(':')) {
        params[seg.slice(1)] = parts[i]!;
        return true;
      }
      return seg === parts[i];
    });
    if (ok) return { route, params, trailingSlash };
  }
  return undefined;
}
