// Warnings, never errors (history is legitimate): a page that prints a figure when a newer figure on the same subject
// exists — an article's <Fig> (unless marked historical) or a recipient page's list of key figures.
import type { AnyFigure } from '../content/figures';
import { attrText, type MdxAnalysis } from '../content/mdx-analysis';
import { contentPaths } from '../content/paths';
import type { Recipient, WithId } from '../content/schemas';
import type { Problem } from './problems';

interface Newest {
  id: string;
  asOf: string;
}

/** For each subject, its newest figure. */
export function newestBySubject(figures: Map<string, AnyFigure>): Map<string, Newest> {
  const newest = new Map<string, Newest>();
  for (const f of figures.values()) {
    if (f.derived || !f.subject) continue;
    const now = newest.get(f.subject);
    if (!now || f.asOf > now.asOf) newest.set(f.subject, { id: f.id, asOf: f.asOf });
  }
  return newest;
}

/** Why figure `id` is out of date, if a newer one on its subject exists. */
function olderThan(id: string, figures: Map<string, AnyFigure>, newest: Map<string, Newest>): { en: string; ko: string } | undefined {
  const fig = figures.get(id);
  if (!fig || fig.derived || !fig.subject) return undefined;
  const latest = newest.get(fig.subject)!;
  if (latest.asOf <= fig.asOf) return undefined;
  return {
    en: `'${id}' is as of ${fig.asOf}, but '${latest.id}' on the same subject (${fig.subject}) is as of ${latest.asOf}`,
    ko: `'${id}'은(는) ${fig.asOf} 기준인데, 같은 주제(${fig.subject})의 '${latest.id}'은(는) ${latest.asOf} 기준입니다`,
  };
}

export function freshnessWarnings(
  articles: { file: string; analysis: MdxAnalysis }[],
  recipients: WithId<Recipient>[],
  figures: Map<string, AnyFigure>,
): Problem[] {
  const newest = newestBySubject(figures);
  const inArticles = articles.flatMap(({ file, analysis }) =>
    analysis.components.flatMap((use): Problem[] => {
      const id = use.name === 'Fig' ? attrText(use, 'id') : undefined;
      const older = id && !use.attributes.some((a) => a.name === 'historical') ? olderThan(id, figures, newest) : undefined;
      if (!older) return [];
      return [
        {
          file,
          line: use.line,
          field: '<Fig>',
          en: `${older.en}: print the newer one, or, if the older one is meant (history), write <Fig id="${id}" historical />`,
          ko: `${older.ko}. 더 새 수치를 쓰거나, 일부러 옛 수치를 쓴 것이면 <Fig id="${id}" historical />로 표시하세요`,
        },
      ];
    }),
  );
  const onRecipientPages = recipients.flatMap((r) =>
    r.figures.flatMap((id): Problem[] => {
      const older = olderThan(id, figures, newest);
      return older
        ? [
            {
              file: contentPaths.recipients,
              field: `${r.id}.figures`,
              en: `${older.en}: list the newer one on ${r.id}'s page`,
              ko: `${older.ko}. ${r.id} 페이지에는 더 새 수치를 올리세요`,
            },
          ]
        : [];
    }),
  );
  return [...inArticles, ...onRecipientPages];
}
