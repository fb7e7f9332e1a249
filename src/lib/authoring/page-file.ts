// Which content file an editor is looking at, from the address of the page in the edit server: an article in Keystatic
// or its preview, or a data file's form. The editor check's panel shows that file's problems first.
import { contentPaths } from '../content/paths';
import type { Problem } from '../checks/problems';

const DATA_KINDS = ['figures', 'sources', 'timeline', 'corrections', 'recipients', 'tags'] as const;

/** The file behind `pathname` (base path already removed), or undefined on a page that is not about one file. */
export function fileForPage(pathname: string): string | undefined {
  const path = decodeURIComponent(pathname);
  const keystatic = path.match(/^\/keystatic\/(?:branch\/[^/]+\/)?collection\/articles_(ko|en)\/item\/([^/]+)\/?$/);
  if (keystatic) return `${contentPaths.articles}/${keystatic[1]}/${keystatic[2]}.mdx`;
  const preview = path.match(/^\/(en\/)?articles\/(?!page\/)([^/]+)\/?$/);
  if (preview) return `${contentPaths.articles}/${preview[1] ? 'en' : 'ko'}/${preview[2]}.mdx`;
  const data = path.match(/^\/edit\/data\/([a-z]+)\/?$/);
  if (data && (DATA_KINDS as readonly string[]).includes(data[1]!)) return contentPaths[data[1] as (typeof DATA_KINDS)[number]];
  return undefined;
}

/** A file's problems, or everything when no file is named. */
export function problemsIn(problems: Problem[], file: string | undefined): Problem[] {
  return file ? problems.filter((p) => p.file === file) : problems;
}
