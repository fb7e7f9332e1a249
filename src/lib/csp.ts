// Tightens a page's CSP <meta>: script hashes reduced to the inline scripts the page really has, style hashes to its own
// inline styles. Everything else Astro wrote (directives, 'self', per-page additions such as 'wasm-unsafe-eval') stays.
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** Bodies of the inline elements a policy must allow: executable inline scripts and style elements. */
export function inlineBodies(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\ssrc=/.test(m[1] ?? '') && !/type="application\/(ld\+)?json"/.test(m[1] ?? ''))
    .map((m) => m[2]!);
  const styles = [...html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((m) => m[2]!);
  return { scripts, styles };
}

function replaceHashes(directive: string, hashes: string[]): string {
  const kept = directive.split(/\s+/).filter((token) => token && !/^'sha(256|384|512)-/.test(token));
  return [...kept, ...hashes].join(' ');
}

/**
 * Rewrite the page's CSP meta. Throws if the page has an inline script other than `allowedScript` (by hash), so a
 * new inline script cannot slip past the policy unnoticed.
 */
export function rewriteCsp(html: string, allowedScriptHash: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const { scripts, styles } = inlineBodies(html);
  const scriptHashes = [...new Set(scripts.map(sha256))];
  const allowed = `'${allowedScriptHash.replace(/^'|'$/g, '')}'`;
  const unknown = scriptHashes.filter((h) => h !== allowed);
  if (unknown.length > 0) throw new Error(`An inline script with hash ${unknown.join(', ')} is not the theme script; move it into a bundled <script> or allow it in astro.config.ts.`);
  const styleHashes = [...new Set(styles.map(sha256))];
  const policy = meta[1]!
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => (d.startsWith('script-src ') ? replaceHashes(d, scriptHashes) : d.startsWith('style-src ') ? replaceHashes(d, styleHashes) : d))
    .join('; ');
  return html.replace(META, `<meta http-equiv="content-security-policy" content="${policy}">`);
}
