// Reads a `_headers` file (Netlify and Cloudflare Pages syntax) and answers which headers a static host sends for a path.
import { readFileSync } from 'node:fs';

export interface HeaderRule {
  /** The path pattern: `*` matches anything (slashes too), `:name` one path segment. */
  pattern: string;
  /** Header names as written, with their values, in file order. */
  headers: { name: string; value: string }[];
  /** 1-based line of the pattern, for error messages. */
  line: number;
}

/** Parses the file; throws on a line that is neither a comment, a path, nor an indented `Name: value` under a path. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trimEnd();
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`_headers line ${i + 1}: a rule must start with a path ("/…"), got "${line}"`);
      rules.push({ pattern: line, headers: [], line: i + 1 });
      return;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!rule) throw new Error(`_headers line ${i + 1}: a header before any path`);
    if (!match) throw new Error(`_headers line ${i + 1}: expected "Name: value", got "${line.trim()}"`);
    rule.headers.push({ name: match[1]!, value: match[2]!.trim() });
  });
  return rules;
}

/** The rules of a `_headers` file: the built site's (public/_headers plus the CSP rules the build appends) by default. */
export function headerRules(file = 'dist/_headers'): HeaderRule[] {
  return parseHeadersFile(readFileSync(file, 'utf8'));
}

/** The Content-Security-Policy a rule sets, if it sets one. */
export function cspOf(rule: HeaderRule): string | undefined {
  return rule.headers.find((h) => h.name.toLowerCase() === 'content-security-policy')?.value;
}

/** Whether a rule's pattern matches a request path, the way both hosts match them (anchored, `*` splat, `:placeholder`). */
export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z0-9_]+)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** Every rule that matches `path`. */
export function rulesFor(rules: HeaderRule[], path: string): HeaderRule[] {
  return rules.filter((r) => patternMatches(r.pattern, path));
}

/**
 * The headers sent for `path` (lower-case names). When two matching rules set the same header, Cloudflare Pages joins
 * the values with a comma while Netlify keeps one, so the file avoids that; `duplicates` names any header it happens to.
 */
export function headersFor(rules: HeaderRule[], path: string): { headers: Record<string, string>; duplicates: string[] } {
  const headers: Record<string, string> = {};
  const duplicates: string[] = [];
  for (const rule of rulesFor(rules, path)) {
    for (const { name, value } of rule.headers) {
      const key = name.toLowerCase();
      if (key in headers) {
        duplicates.push(key);
        headers[key] = `${headers[key]}, ${value}`;
      } else {
        headers[key] = value;
      }
    }
  }
  return { headers, duplicates };
}
