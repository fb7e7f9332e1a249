// The Content-Security-Policy rules of the static hosts' _headers file, made from the policies the built pages carry in
// their <meta>, so header and page never disagree; the header adds what a <meta> cannot say (frame-ancestors).

export interface PageCsp {
  /** The page's path without the deploy base: '/', '/en/articles/x/', '/404.html'. */
  path: string;
  /** Its <meta> policy. */
  policy: string;
}

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Sections other sites may frame: the chart embeds. */
const FRAMEABLE = new Set(['embed']);

/** The section a page belongs to, as a _headers pattern: '/', '/404.html', '/en/', '/articles/*', '/en/articles/*'. */
export function sectionOf(path: string): { pattern: string; section: string } {
  const parts = path.split('/').filter(Boolean);
  const locale = parts[0] === 'en' ? parts.shift() : undefined;
  const prefix = locale ? `/${locale}/` : '/';
  const section = parts[0];
  if (!section || section.includes('.')) return { pattern: section ? `${prefix}${section}` : prefix, section: '' };
  return { pattern: `${prefix}${section}/*`, section };
}

/** The policy a host sends for a page: the page's own, plus who may frame it. */
export function headerPolicy(policy: string, section: string): string {
  return `${policy.replace(/;\s*$/, '')}; frame-ancestors ${FRAMEABLE.has(section) ? '*' : "'none'"}`;
}

/**
 * One rule per section when all its pages carry the same policy, else one rule per page of that section. Rules never
 * overlap: each page gets its policy from exactly one rule (Cloudflare Pages joins overlapping values, Netlify keeps one).
 */
export function cspHeaderRules(pages: PageCsp[], base = '/'): HeaderRule[] {
  const sections = new Map<string, { section: string; pages: PageCsp[] }>();
  for (const page of pages) {
    const { pattern, section } = sectionOf(page.path);
    (sections.get(pattern) ?? sections.set(pattern, { section, pages: [] }).get(pattern)!).pages.push(page);
  }
  const withBase = (path: string) => `${base.replace(/\/$/, '')}${path}`;
  return [...sections].flatMap(([pattern, { section, pages: group }]) => {
    const policies = new Set(group.map((p) => p.policy));
    const rule = (path: string, policy: string): HeaderRule => ({
      pattern: withBase(path),
      headers: [['Content-Security-Policy', headerPolicy(policy, section)]],
    });
    return policies.size === 1 ? [rule(pattern, group[0]!.policy)] : group.map((p) => rule(p.path, p.policy));
  });
}

export function formatHeaderRules(rules: HeaderRule[]): string {
  const body = rules.map((r) => [r.pattern, ...r.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n\n');
  return `\n# Content-Security-Policy per section, generated at build time from the pages' own <meta> policies.\n${body}\n`;
}
