// The editor check's report on content/, kept while nothing under content/ or src/pages/ changes: Astro's loaders
// (one per collection) all ask for it, and the dev server asks again after every edit.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, type ContentReport } from './editor-check';

/** Every file the check reads, with its size and time: a change to any of them means reading again. */
function fingerprint(root: string): string {
  return ['content', 'src/pages']
    .flatMap((dir) => {
      try {
        return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) => join(d.parentPath, d.name));
      } catch {
        return [];
      }
    })
    .sort()
    .map((file) => {
      const s = statSync(file);
      return `${file}:${s.size}:${s.mtimeMs}`;
    })
    .join('\n');
}

const cache = new Map<string, { fingerprint: string; report: ContentReport }>();

/** The report for the project at `root`, checked again only when one of its content files (or routes) changed. */
export function checkedContent(root: string): ContentReport {
  const now = fingerprint(root);
  const kept = cache.get(root);
  if (kept?.fingerprint === now) return kept.report;
  const report = checkContent(root);
  cache.set(root, { fingerprint: now, report });
  return report;
}
