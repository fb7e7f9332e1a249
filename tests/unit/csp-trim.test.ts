// Trimming the pages' CSP hashes to inline content some page carries.
import { describe, expect, it } from 'vitest';
import { hashSource, inlineHashSources, trimPolicy } from '@/lib/site/csp-trim';

describe('inlineHashSources', () => {
  it('hashes inline scripts (templates included) and styles, not scripts loaded by URL', () => {
    const html =
      '<style>a{b:c}</style><script>go()</script><template data-island><script type="module">x()</script></template>' +
      '<script type="module" src="/_astro/a.js"></script>';
    expect(inlineHashSources(html).sort()).toEqual([hashSource('a{b:c}'), hashSource('go()'), hashSource('x()')].sort());
  });
});

describe('trimPolicy', () => {
  const a = hashSource('a');
  const b = hashSource('b');
  const c = hashSource('c');
  const policy = `default-src 'self';img-src 'self' data:; script-src 'self' ${a} ${b}; style-src 'self' ${c} ${b};`;

  it('drops hashes nothing inline matches and keeps every other source', () => {
    expect(trimPolicy(policy, new Set([a, c]))).toBe(
      `default-src 'self';img-src 'self' data:; script-src 'self' ${a}; style-src 'self' ${c};`,
    );
  });

  it('leaves a policy whose hashes all match unchanged', () => {
    expect(trimPolicy(policy, new Set([a, b, c]))).toBe(policy);
  });
});
