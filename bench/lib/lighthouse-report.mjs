// Pulls the numbers the page benchmark reports out of a Lighthouse result (LHR) object.

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
