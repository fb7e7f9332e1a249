// Reads everything in content/ once, straight from disk: every data file and article with the line of each field,
// validated against its schema, each article's MDX analysed once. The editor check and Astro's content loader
// (src/content.config.ts) both start here, so the check and the pages see the same entries.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { UNREADABLE, type CheckedArticle, type SiteContent } from './model';
import type { Problem } from '../checks/problems';
import { zodProblems } from '../checks/zod-problems';
import { isLang, type Lang } from '../site/i18n';
import { buildFigureIndex, type AnyFigure, type DataFigure } from './figures';
import { analyseMdx, usesOf, type MdxAnalysis } from './mdx-analysis';
import { contentPaths } from './paths';
import { articleSchema, DATA_SCHEMAS, type ArticleData, type DataKind, type DataEntry } from './schemas';
import { parseYaml, type YamlSource, type YamlSyntaxError } from './yaml';

/** The line of a field: 'companies' in frontmatter, 'allocation.naver.sources' in a data file. */
export type LineOf = (field: string) => number | undefined;

/** An .mdx file under content/articles, read even when its frontmatter is broken (so its body is still checked). */
export interface ArticleFile {
  file: string;
  lang: Lang;
  slug: string;
  text: string;
  /** The one analysis of the whole file (frontmatter included, so its lines are the file's), made on first use. */
  readonly analysis: MdxAnalysis;
  /** The parsed frontmatter, when it is valid. */
  article?: CheckedArticle;
  /** When the frontmatter is not valid: its usable fields, so the cross-checks still see the article. */
  recovered?: CheckedArticle;
}

/** Files that may sit next to articles: their images. */
const ARTICLE_ASSET = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

function syntaxProblem(file: string, field: string, what: { en: string; ko: string }, error: YamlSyntaxError): Problem {
  return { file, line: error.line, field, en: `${what.en}: ${error.en}; check quotes, colons and indentation`, ko: `${what.ko}: ${error.ko}. 따옴표, 콜론, 들여쓰기를 확인하세요` };
}

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

/** Split an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { frontmatter: m[1]!, body: m[2]! } : undefined;
}

/**
 * The frontmatter with its broken fields replaced by neutral values. The broken fields are reported already; the rest
 * (recipients, tags, translationKey…) still get cross-checked, and the article's translation does not look orphaned.
 */
function recover(raw: unknown, error: z.ZodError | undefined, slug: string): ArticleData | undefined {
  const given: object = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
  const broken = new Set(error?.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : [String(i.path[0])])) ?? []);
  const neutral: Record<string, unknown> = { title: slug, description: 'frontmatter still to be fixed', published: '1970-01-01', author: '-', translationKey: slug };
  const kept = Object.fromEntries(Object.entries(given).filter(([k]) => !broken.has(k)));
  const fill = Object.fromEntries(Object.entries(neutral).filter(([k]) => !(k in kept)));
  const parsed = articleSchema.safeParse({ ...fill, ...kept });
  return parsed.success ? parsed.data : undefined;
}

function readArticle(root: string, path: string, base: string, problems: Problem[], lines: Map<string, LineOf>): ArticleFile | undefined {
  const file = relative(root, path);
  const [lang, ...rest] = relative(base, path).split(/[\\/]/);
  if (!isLang(lang) || rest.length === 0) {
    problems.push({ file, en: 'articles must be in content/articles/ko/ or content/articles/en/', ko: '기사는 content/articles/ko/ 또는 content/articles/en/ 폴더에 있어야 합니다' });
    return undefined;
  }
  const slug = rest.join('/').replace(/\.mdx$/, '');
  const text = readFileSync(path, 'utf8');
  // Analysed on first use, once: `npm run new` reads every article's frontmatter but needs no MDX analysis.
  let analysis: MdxAnalysis | undefined;
  let uses: CheckedArticle['uses'] | undefined;
  const analyse = () => (analysis ??= analyseMdx(text));
  const entry: ArticleFile = {
    file,
    lang,
    slug,
    text,
    get analysis() {
      return analyse();
    },
  };
  const parts = splitFrontmatter(text);
  const checked = (body: string, data: ArticleData): CheckedArticle => ({
    id: `${lang}/${slug}`,
    lang,
    slug,
    file,
    body,
    data,
    get uses() {
      return (uses ??= usesOf(analyse()));
    },
  });
  // With unreadable frontmatter the article still counts (key = slug), so its translation is not reported as orphaned.
  const unreadable = (body: string) => {
    const data = recover({ translated: false }, undefined, slug);
    if (data) entry.recovered = checked(body, data);
  };
  if (!parts) {
    problems.push({ file, line: 1, en: "the file must start with frontmatter between two '---' lines", ko: "파일은 '---' 두 줄 사이의 머리말(frontmatter)로 시작해야 합니다" });
    unreadable(text);
    return entry;
  }
  // The frontmatter starts on line 2, after the opening '---'.
  const parsed = parseYaml(parts.frontmatter, 2);
  if ('error' in parsed) {
    problems.push(syntaxProblem(file, 'frontmatter', { en: 'the frontmatter cannot be read', ko: '머리말 YAML 문법 오류입니다' }, parsed.error));
    unreadable(parts.body);
    return entry;
  }
  const fm: YamlSource = parsed.source;
  lines.set(file, (field) => fm.lineOf(field.split('.')));
  const result = articleSchema.safeParse(fm.value ?? {});
  if (!result.success) {
    problems.push(...zodProblems(file, '', result.error, Object.keys(articleSchema.shape), (p) => fm.lineOf(p)));
    const data = recover(fm.value, result.error, slug);
    if (data) entry.recovered = checked(parts.body, data);
    return entry;
  }
  entry.article = checked(parts.body, result.data);
  return entry;
}

function readArticles(root: string, problems: Problem[], lines: Map<string, LineOf>): ArticleFile[] {
  const base = join(root, contentPaths.articles);
  return listFiles(base).flatMap((path) => {
    if (path.endsWith('.mdx')) return readArticle(root, path, base, problems, lines) ?? [];
    if (!ARTICLE_ASSET.test(path)) {
      // The site only builds .mdx files: anything else here would silently never appear.
      problems.push({
        file: relative(root, path),
        en: 'only .mdx files become articles; rename it to .mdx (or move it out of content/articles/ if it is not an article)',
        ko: '.mdx 파일만 기사가 됩니다. 확장자를 .mdx로 바꾸거나, 기사가 아니면 content/articles/ 밖으로 옮기세요',
      });
    }
    return [];
  });
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
  const [figures, sources, tags, timeline, corrections] = [list('figures'), list('sources'), list('tags'), list('timeline'), list('corrections')] as const;
  const articleFiles = readArticles(root, problems, lines);
  let figureIndex = new Map<string, AnyFigure>(figures.entries.map((f) => [f.id, f]));
  try {
    figureIndex = buildFigureIndex([...figures.entries, ...stubFigures(figures.broken)], recipients.entries);
  } catch (e) {
    problems.push({ file: contentPaths.figures, en: String(e instanceof Error ? e.message : e), ko: '파생 수치를 계산할 수 없습니다. 위 메시지의 수치를 추가하세요' });
  }
  const site: SiteContent = {
    articles: articleFiles.flatMap((f) => f.article ?? f.recovered ?? []),
    figures: figures.entries,
    derivedFigureIds: [...figureIndex.values()].filter((f) => f.derived).map((f) => f.id),
    recipients: recipients.entries,
    sources: sources.entries,
    tags: tags.entries,
    timeline: timeline.entries.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
    corrections: corrections.entries,
    brokenIds: { recipients: recipients.broken, figures: figures.broken, sources: sources.broken, tags: tags.broken, timeline: timeline.broken },
  };
  return { site, problems, articleFiles, figureIndex, lineOf: (file, field) => lines.get(file)?.(field) };
}
