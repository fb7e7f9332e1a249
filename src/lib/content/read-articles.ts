// Reads the articles under content/articles: each .mdx file's frontmatter (with the line of each field, validated
// against the article schema, usable fields kept when others are broken) and, on first use, its one MDX analysis.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import type { Problem } from '../checks/problems';
import { zodProblems } from '../checks/zod-problems';
import { isLang, type Lang } from '../site/i18n';
import { analyseMdx, usesOf, type MdxAnalysis } from './mdx-analysis';
import type { CheckedArticle } from './model';
import { contentPaths } from './paths';
import { articleSchema, type ArticleData } from './schemas';
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

export function syntaxProblem(file: string, field: string, what: { en: string; ko: string }, error: YamlSyntaxError): Problem {
  // A precise message (bad indentation) says what to do; otherwise the parser's reason comes with what to look at.
  if (error.precise) return { file, line: error.line, field, en: `${what.en}: ${error.en}`, ko: `${what.ko}: ${error.ko}` };
  return { file, line: error.line, field, en: `${what.en}: ${error.en}; check quotes, colons and indentation`, ko: `${what.ko}: ${error.ko}. 따옴표, 콜론, 들여쓰기를 확인하세요` };
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
  // A folder inside ko/ or en/ (ko/drafts/a.mdx) would give a slug with a slash, which the article route cannot build.
  if (rest.length > 1) {
    problems.push({
      file,
      en: `articles sit directly in content/articles/${lang}/, not in a folder inside it; move the file there (a draft is marked draft: true, not moved)`,
      ko: `기사는 content/articles/${lang}/ 바로 아래에 둡니다. 그 안의 폴더에 넣지 말고 파일을 옮기세요(초안은 옮기지 말고 draft: true로 표시)`,
    });
    return undefined;
  }
  const slug = rest.join('/').replace(/\.mdx$/, '');
  // The file name is the address: a space or a capital letter would put '/Deal%20Value/' in every link and feed.
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    const suggestion = slug
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    problems.push({
      file,
      field: 'file name',
      en: `the file name '${slug}' becomes the page address, so it may use only lower-case letters, digits and hyphens${suggestion ? `: rename it ${suggestion}.mdx` : ''}`,
      ko: `파일 이름 '${slug}'이(가) 페이지 주소가 되므로 영어 소문자, 숫자, 하이픈(-)만 쓸 수 있습니다${suggestion ? `. ${suggestion}.mdx로 바꾸세요` : ''}`,
    });
  }
  // Some Windows editors (Notepad, older Word exports) start a UTF-8 file with an invisible byte-order mark (U+FEFF); it
  // is not part of the article, and Astro's own reader skips it too, so the frontmatter is read after it.
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
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
    if (data) entry.recovered = { ...checked(body, data), recovered: true };
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
    if (data) entry.recovered = { ...checked(parts.body, data), recovered: true };
    return entry;
  }
  entry.article = checked(parts.body, result.data);
  return entry;
}

export function readArticles(root: string, problems: Problem[], lines: Map<string, LineOf>): ArticleFile[] {
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

