// Reads everything in content/ once, straight from disk: every data file and article with the line of each field,
// validated against its schema, each article's MDX analysed once. The editor check and Astro's content loader
// (src/content.config.ts) both start here, so the check and the pages see the same entries.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'astro/zod';
import { UNREADABLE, type SiteContent } from './model';
import type { Problem } from '../checks/problems';
import { zodProblems } from '../checks/zod-problems';
import { MissingInputError } from './derived/derive';
import { buildFigureIndex, type AnyFigure, type DataFigure } from './figures';
import { contentPaths } from './paths';
import { DATA_SCHEMAS, type DataKind, type DataEntry } from './schemas';
import { parseYaml } from './yaml';
import { readArticles, syntaxProblem, type ArticleFile, type LineOf } from './read-articles';

interface ReadList<K extends DataKind> {
  entries: DataEntry<K>[];
  /** Ids of entries that failed their schema; UNREADABLE when the whole file could not be read. */
  broken: Set<string>;
  lineOf: LineOf;
}

/** A YAML list of entries with ids, each validated against its schema; problems carry their lines. */
function readList<K extends DataKind>(root: string, kind: K, problems: Problem[]): ReadList<K> {
  const file = contentPaths[kind];
  const broken = new Set<string>();
  const none: ReadList<K> = { entries: [], broken, lineOf: () => undefined };
  if (!existsSync(join(root, file))) {
    // Corrections are optional: a site with none has no file.
    if (kind === 'corrections') return none;
    problems.push({ file, en: 'the file is missing', ko: '파일이 없습니다' });
    broken.add(UNREADABLE);
    return none;
  }
  const parsed = parseYaml(readFileSync(join(root, file), 'utf8'));
  if ('error' in parsed) {
    problems.push(syntaxProblem(file, 'YAML', { en: 'the YAML cannot be read', ko: 'YAML 문법 오류입니다' }, parsed.error));
    broken.add(UNREADABLE);
    return none;
  }
  const { value, lineOf } = parsed.source;
  if (value === null && kind === 'corrections') return none;
  if (!Array.isArray(value)) {
    problems.push({ file, line: 1, en: 'the file must be a list of entries, each starting with "- id: …"', ko: '"- id: …"로 시작하는 항목의 목록이어야 합니다' });
    broken.add(UNREADABLE);
    return none;
  }
  const schema = DATA_SCHEMAS[kind] as z.ZodObject;
  const index = new Map<string, number>();
  const entries: DataEntry<K>[] = [];
  value.forEach((entry: unknown, i) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !id) {
      problems.push({ file, line: lineOf([i]), field: `entry ${i + 1}`, en: 'the entry has no id', ko: '항목에 id가 없습니다' });
      return;
    }
    if (index.has(id)) {
      problems.push({ file, line: lineOf([i, 'id']), field: id, en: `the id '${id}' is used twice; ids must be unique`, ko: `id '${id}'가 두 번 쓰였습니다` });
    } else index.set(id, i);
    const { id: _id, ...data } = entry as Record<string, unknown>;
    const result = schema.safeParse(data);
    if (result.success) entries.push({ ...(result.data as object), id } as DataEntry<K>);
    else {
      problems.push(...zodProblems(file, id, result.error, Object.keys(schema.shape), (path) => lineOf([i, ...path])));
      broken.add(id);
    }
  });
  // 'allocation.naver.sources' → the entry whose id is the longest prefix, then the key inside it.
  const lineOfField: LineOf = (field) => {
    let best: string | undefined;
    for (const id of index.keys()) if ((field === id || field.startsWith(`${id}.`)) && id.length > (best?.length ?? -1)) best = id;
    if (best === undefined) return undefined;
    return lineOf([index.get(best)!, ...field.slice(best.length + 1).split('.').filter(Boolean)]);
  };
  return { entries, broken, lineOf: lineOfField };
}

export interface ReadResult {
  site: SiteContent;
  /** Every problem found while reading (syntax and schemas), each with its line; the editor check adds the rest. */
  problems: Problem[];
  /** Every .mdx file under content/articles, valid or not. */
  articleFiles: ArticleFile[];
  /** Every figure, the derived ones included. */
  figureIndex: Map<string, AnyFigure>;
  /** The line of a field in any file read (for problems found later, e.g. by the MDX checks). */
  lineOf: (file: string, field: string) => number | undefined;
}

/**
 * Stand-ins for figures whose entries failed validation (reported already), so the numbers derived from them keep their
 * ids and the articles that print them are not reported as well. The build stops on the real problem first.
 */
function stubFigures(ids: Set<string>): DataFigure[] {
  return [...ids].map((id) => ({ id, value: 1, unit: 'gpu', approx: 'about', estimate: false, label: { ko: id, en: id }, sources: [], asOf: '1970-01' }));
}

/** Read content/ under `root`, validating every file against its schema (cross-references: checks/editor-check.ts). */
/**
 * Anything in content/ the site never reads: a misspelt folder (content/article/ko/) or data file would otherwise hold
 * an editor's work without a word.
 */
export function strayContent(root: string): Problem[] {
  const known = new Set<string>(Object.values(contentPaths));
  const dataDir = dirname(contentPaths.figures);
  const entries = (dir: string) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir), { withFileTypes: true }) : []);
  const stray = [
    ...entries('content')
      .filter((e) => !e.name.startsWith('.') && `content/${e.name}` !== contentPaths.articles && `content/${e.name}` !== dataDir)
      .map((e) => `content/${e.name}${e.isDirectory() ? '/' : ''}`),
    ...entries(dataDir)
      .filter((e) => !e.name.startsWith('.') && !known.has(`${dataDir}/${e.name}`))
      .map((e) => `${dataDir}/${e.name}`),
  ];
  return stray.map((file) => ({
    file,
    en: `the site does not read this: articles go in ${contentPaths.articles}/ko/ or /en/, data in the files of ${dataDir}/ (${[...known].filter((k) => k.startsWith(dataDir)).map((k) => basename(k)).join(', ')}); move or rename it`,
    ko: `사이트가 읽지 않는 위치입니다. 기사는 ${contentPaths.articles}/ko/ 또는 /en/에, 데이터는 ${dataDir}/의 정해진 파일에 둡니다. 옮기거나 이름을 고치세요`,
  }));
}

export function readContent(root: string): ReadResult {
  const problems: Problem[] = [];
  const lines = new Map<string, LineOf>();
  const list = <K extends DataKind>(kind: K) => {
    const read = readList(root, kind, problems);
    lines.set(contentPaths[kind], read.lineOf);
    return read;
  };
  const recipients = list('recipients');
  recipients.entries.sort((a, b) => a.order - b.order);
  const [figures, sources, tags, timeline, corrections, deliveries] = [
    list('figures'),
    list('sources'),
    list('tags'),
    list('timeline'),
    list('corrections'),
    list('deliveries'),
  ] as const;
  problems.push(...strayContent(root));
  const articleFiles = readArticles(root, problems, lines);
  let figureIndex = new Map<string, AnyFigure>(figures.entries.map((f) => [f.id, f]));
  // With figures.yaml or recipients.yaml unreadable (reported already), the derived numbers cannot be worked out, and
  // saying that an input is missing would send the editor after a figure that is there. When a real input is missing,
  // that is said once, and the derived ids articles use are let through (brokenIds.derived) rather than each reported.
  const derivedBroken = new Set<string>();
  if (!figures.broken.has(UNREADABLE) && !recipients.broken.has(UNREADABLE)) {
    try {
      figureIndex = buildFigureIndex([...figures.entries, ...stubFigures(figures.broken)], recipients.entries);
    } catch (e) {
      problems.push(
        e instanceof MissingInputError
          ? {
              file: contentPaths.figures,
              field: e.id,
              en: `the figure '${e.id}' is missing, but the numbers the site works out itself (shown on /methodology/) are computed from it: put it back, or if you changed its id, change it back`,
              ko: `'${e.id}' 수치가 없습니다. 사이트가 직접 계산하는 수치(계산 방법 페이지)가 이 값으로 계산됩니다. 지웠다면 되살리고, id를 바꿨다면 원래대로 돌려놓으세요`,
            }
          : {
              file: contentPaths.figures,
              en: `the site's own numbers could not be worked out: ${e instanceof Error ? e.message : String(e)}`,
              ko: `사이트가 직접 계산하는 수치를 계산하지 못했습니다: ${e instanceof Error ? e.message : String(e)}`,
            },
      );
      derivedBroken.add(UNREADABLE);
    }
  } else derivedBroken.add(UNREADABLE);
  const site: SiteContent = {
    articles: articleFiles.flatMap((f) => f.article ?? f.recovered ?? []),
    figures: figures.entries,
    derivedFigureIds: [...figureIndex.values()].filter((f) => f.derived).map((f) => f.id),
    recipients: recipients.entries,
    sources: sources.entries,
    tags: tags.entries,
    timeline: timeline.entries.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
    corrections: corrections.entries,
    deliveries: deliveries.entries,
    brokenIds: {
      recipients: recipients.broken,
      figures: figures.broken,
      sources: sources.broken,
      tags: tags.broken,
      timeline: timeline.broken,
      deliveries: deliveries.broken,
      derived: derivedBroken,
    },
  };
  return { site, problems, articleFiles, figureIndex, lineOf: (file, field) => lines.get(file)?.(field) };
}
