// Lighthouse for the page benchmarks (bench:pages, bench:compare): its command line, and the numbers they report pulled
// out of its result (LHR) object.
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS } from '../../scripts/ensure-chromium.mjs';

const LIGHTHOUSE = fileURLToPath(new URL('../../node_modules/lighthouse/cli/index.js', import.meta.url));

/**
 * The arguments to run Lighthouse's CLI with Node once: `url` with the mobile preset, its JSON report written to `file`,
 * only `categories`, throttled by `throttling` ('simulate', Lighthouse's default, or 'devtools').
 */
export function lighthouseArgs(url, file, categories, throttling = 'simulate') {
  return [
    LIGHTHOUSE,
    url,
    '--output=json',
    `--output-path=${file}`,
    '--quiet',
    `--only-categories=${categories.join(',')}`,
    `--throttling-method=${throttling}`,
    `--chrome-flags=${['--headless=new', ...CHROMIUM_FLAGS].join(' ')}`,
  ];
}

/** The four category scores, 0–100. */
export function categoryScores(lhr) {
  return Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
}

/** LCP, CLS and TBT as Lighthouse computed them, and the bytes the page transferred. */
export function pageMetrics(lhr) {
  const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    lcpMs: value('largest-contentful-paint'),
    fcpMs: value('first-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    tbtMs: value('total-blocking-time'),
    bytes: value('total-byte-weight'),
  };
}

/** Audits that count towards a category's score and did not pass: the reasons a category is below 100. */
export function failingAudits(lhr) {
  const out = [];
  for (const [category, c] of Object.entries(lhr.categories)) {
    for (const ref of c.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        out.push({ category, id: ref.id, title: audit.title, score: audit.score, displayValue: audit.displayValue });
      }
    }
  }
  return out;
}
