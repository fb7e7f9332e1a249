// Splits a Content-Security-Policy into its directives, and checks whether an inline script is allowed by one.
import { createHash } from 'node:crypto';

/** `"default-src 'self'; img-src 'self' data:"` → Map { 'default-src' → ["'self'"], 'img-src' → ["'self'", 'data:'] }. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The sources that govern scripts: script-src, else default-src (CSP's fallback). */
export function scriptSources(csp: Map<string, string[]>): string[] {
  return csp.get('script-src') ?? csp.get('default-src') ?? [];
}

/** The CSP source expression for an inline script's body: `'sha256-…'`. */
export function sha256Source(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}
