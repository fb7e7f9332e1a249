// Freshness warnings: an article or recipient page printing a figure when a newer one on the same subject exists.
import { describe, expect, it } from 'vitest';
import { freshnessWarnings, newestBySubject } from '@/lib/checks/freshness';
import type { AnyFigure } from '@/lib/content/figures';
import { analyseMdx } from '@/lib/content/mdx-analysis';
import { validSite } from './fixtures';

const fig = (id: string, asOf: string, subject?: string): [string, AnyFigure] => [
  id,
  { id, value: 1, unit: 'gpu', approx: 'about', estimate: false, label: { ko: id, en: id }, sources: ['s1'], asOf, subject },
];
const figures = new Map([fig('target.old', '2025-08-29', 'target'), fig('target.new', '2025-12-15', 'target'), fig('other', '2024-01')]);
const article = (body: string) => ({ file: 'content/articles/ko/a.mdx', analysis: analyseMdx(`---\nt: x\n---\n\n${body}\n`) });

describe('freshness warnings', () => {
  it('finds the newest figure of each subject', () => {
    expect(newestBySubject(figures).get('target')).toEqual({ id: 'target.new', asOf: '2025-12-15' });
  });

  it('warn where an article prints an older figure, naming the newer one and the way to mark history', () => {
    const [w, ...rest] = freshnessWarnings(
      [article('목표는 <Fig id="target.old" />이다. <Fig id="target.new" />, <Fig id="other" />.')],
      [],
      figures,
    );
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ file: 'content/articles/ko/a.mdx', line: 5, field: '<Fig>' });
    expect(w!.en).toContain("'target.old' is as of 2025-08-29, but 'target.new' on the same subject (target) is as of 2025-12-15");
    expect(w!.en).toContain('<Fig id="target.old" historical />');
  });

  it('say nothing where the older figure is marked as history', () => {
    expect(freshnessWarnings([article('처음에는 <Fig id="target.old" historical />이었다.')], [], figures)).toEqual([]);
  });

  it("warn where a recipient's page lists an older figure", () => {
    const recipients = validSite().recipients.map((r) => (r.id === 'government' ? { ...r, figures: ['target.old'] } : r));
    expect(freshnessWarnings([], recipients, figures)).toEqual([
      expect.objectContaining({ file: 'content/data/recipients.yaml', field: 'government.figures' }),
    ]);
  });
});

describe('in the editor check', () => {
  it('reports an older figure as a warning and still passes', async () => {
    const { copyProject } = await import('../support/project-copy');
    const { checkContent } = await import('@/lib/checks/editor-check');
    const { appendFileSync } = await import('node:fs');
    const copy = copyProject();
    try {
      appendFileSync(`${copy.root}/content/articles/ko/deal-value.mdx`, '\n목표는 한때 <Fig id="government.target-2030" />이었다.\n');
      const report = checkContent(copy.root);
      expect(report.problems).toEqual([]);
      expect(report.warnings.map((w) => `${w.file} ${w.field}`)).toEqual(['content/articles/ko/deal-value.mdx <Fig>']);
    } finally {
      copy.remove();
    }
  });
});
