// Reads and validates everything in content/ straight from disk (no Astro), collecting every problem in one pass.
// Used by `npm run check` and the tests; the build runs the same schemas and cross-checks.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { checkSite, type CheckedArticle, type Problem, type SiteContent } from './content-checks';
import { CONTENT_PATHS } from './content-paths';
import { buildFigureIndex } from './figures';
import { isLang } from './i18n';
import { articleSchema, eventSchema, figureSchema, recipientSchema, sourceSchema, tagSchema, type WithId } from './schemas';

function zodProblems(file: string, prefix: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return { file, field, en: issue.message, ko: `형식이 맞지 않습니다: ${issue.message}` };
  });
}

/** A YAML list of entries with ids, each validated against `schema`. */
function readList<S extends z.ZodType>(root: string, path: string, schema: S, problems: Problem[]): WithId<z.infer<S>>[] {
  const file = relative(root, join(root, path));
  if (!existsSync(join(root, path))) {
    problems.push({ file, en: 'the file is missing', ko: '파일이 없습니다' });
    return [];
  }
  let raw: unknown;
  try {
    raw = yaml.load(readFileSync(join(root, path), 'utf8'));
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    problems.push({ file, en: `the YAML cannot be read: ${msg}`, ko: `YAML 문법 오류입니다: ${msg}` });
    return [];
  }
  if (!Array.isArray(raw)) {
    problems.push({ file, en: 'the file must be a list of entries, each starting with "- id: …"', ko: '"- id: …"로 시작하는 항목의 목록이어야 합니다' });
    return [];
  }
  const out: WithId<z.infer<S>>[] = [];
  const seen = new Set<string>();
  raw.forEach((entry, i) => {
    const id = (entry as { id?: unknown })?.id;
    if (typeof id !== 'string' || !id) {
      problems.push({ file, field: `entry ${i + 1}`, en: 'the entry has no id', ko: '항목에 id가 없습니다' });
      return;
    }
    if (seen.has(id)) {
      problems.push({ file, field: id, en: `the id '${id}' is used twice; ids must be unique`, ko: `id '${id}'가 두 번 쓰였습니다` });
    }
    seen.add(id);
    const { id: _id, ...data } = entry as Record<string, unknown>;
    const parsed = schema.safeParse(data);
    if (parsed.success) out.push({ ...(parsed.data as object), id } as WithId<z.infer<S>>);
    else problems.push(...zodProblems(file, id, parsed.error));
  });
  return out;
}

function listMdx(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
    .map((d) => join(d.parentPath, d.name));
}

/** Split an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { frontmatter: m[1]!, body: m[2]! } : undefined;
}

function readArticles(root: string, problems: Problem[]): CheckedArticle[] {
  const base = join(root, CONTENT_PATHS.articles);
  const out: CheckedArticle[] = [];
  for (const path of listMdx(base)) {
    const file = relative(root, path);
    const [lang, ...rest] = relative(base, path).split(/[\\/]/);
    if (!isLang(lang) || rest.length === 0) {
      problems.push({ file, en: 'articles must be in content/articles/ko/ or content/articles/en/', ko: '기사는 content/articles/ko/ 또는 content/articles/en/ 폴더에 있어야 합니다' });
      continue;
    }
    const parts = splitFrontmatter(readFileSync(path, 'utf8'));
    if (!parts) {
      problems.push({ file, en: "the file must start with frontmatter between two '---' lines", ko: "파일은 '---' 두 줄 사이의 머리말(frontmatter)로 시작해야 합니다" });
      continue;
    }
    let raw: unknown;
    try {
      raw = yaml.load(parts.frontmatter);
    } catch (e) {
      const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
      problems.push({ file, field: 'frontmatter', en: `the frontmatter cannot be read: ${msg}`, ko: `머리말 YAML 문법 오류입니다: ${msg}` });
      continue;
    }
    const parsed = articleSchema.safeParse(raw ?? {});
    if (!parsed.success) {
      problems.push(...zodProblems(file, '', parsed.error));
      continue;
    }
    const slug = rest.join('/').replace(/\.mdx$/, '');
    out.push({ id: `${lang}/${slug}`, lang, slug, file, body: parts.body, data: parsed.data });
  }
  return out;
}

export interface ReadResult {
  site: SiteContent;
  problems: Problem[];
}

/** Read content/ under `root`, validating every file and cross-reference. */
export function readContent(root: string): ReadResult {
  const problems: Problem[] = [];
  const recipients = readList(root, CONTENT_PATHS.recipients, recipientSchema, problems).sort((a, b) => a.order - b.order);
  const figures = readList(root, CONTENT_PATHS.figures, figureSchema, problems);
  const sources = readList(root, CONTENT_PATHS.sources, sourceSchema, problems);
  const tags = readList(root, CONTENT_PATHS.tags, tagSchema, problems);
  const timeline = readList(root, CONTENT_PATHS.timeline, eventSchema, problems);
  const articles = readArticles(root, problems);
  let derivedFigureIds: string[] = [];
  try {
    derivedFigureIds = [...buildFigureIndex(figures, recipients).values()].filter((f) => f.derived).map((f) => f.id);
  } catch (e) {
    problems.push({ file: CONTENT_PATHS.figures.slice(2), en: String(e instanceof Error ? e.message : e), ko: '파생 수치를 계산할 수 없습니다' });
  }
  const site: SiteContent = { articles, figures, derivedFigureIds, recipients, sources, tags, timeline };
  problems.push(...checkSite(site));
  return { site, problems };
}
