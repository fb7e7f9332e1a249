// Checks of an article's MDX body: it compiles, uses only known components with the right props, has no import lines,
// links only to pages and anchors that exist (link-checks.ts), gives every image alt text (image-checks.ts), and has no
// leftover TODOs once published. Each problem carries the line and the fix, in English and Korean.
import type { Problem } from './problems';
import { checkLink, type LinkContext, type LinkFrom, type UnpublishedLink } from './links';
import { COMPONENT_NAMES, componentSpec, type PropSpec } from '../content/mdx-components';
import { imageProblems } from './images';
import type { AttrValue, JsxUse, MdxAnalysis } from '../content/mdx-analysis';
import { explainSyntaxError } from './mdx-syntax';
import type { TimelineEvent, WithId } from '../content/schemas';
import { closest } from './suggest';
import { selectEvents } from '../content/timeline';

export interface BodyContext {
  figures: Set<string>;
  sources: Set<string>;
  recipients: Set<string>;
  /** undefined when timeline.yaml has problems (reported already): excerpts are not checked against it then. */
  timeline: WithId<TimelineEvent>[] | undefined;
  links: LinkContext;
  /**
   * When given, links from a live article to one that is not live are gathered here instead of reported one by one,
   * for the caller to report once per target (links.ts, unpublishedLinkProblems).
   */
  unpublishedLinks?: UnpublishedLink[] | undefined;
  /** Whether an image path (relative to the project root) exists. */
  fileExists: (path: string) => boolean;
}

export interface BodyArticle {
  /** content/articles/ko/x.mdx */
  file: string;
  source: string;
  analysis: MdxAnalysis;
  from: LinkFrom;
  /** True for drafts: unfinished text (TODO) is allowed there. */
  draft: boolean | undefined;
}

/** The marker `npm run new` leaves where an editor still has to write something. */
export const PLACEHOLDER = 'TODO';

function valueOf(value: AttrValue): string | number | boolean | undefined {
  if ('text' in value) return value.text;
  if ('literal' in value) return value.literal;
  return undefined;
}

function propValueProblem(
  tag: string,
  prop: string,
  spec: PropSpec,
  value: AttrValue,
  ctx: BodyContext,
): { en: string; ko: string } | undefined {
  if (spec.kind.type === 'flag') {
    return 'bare' in value || ('literal' in value && typeof value.literal === 'boolean')
      ? undefined
      : {
          en: `${tag}: '${prop}' is a switch: write it alone, e.g. <${tag.slice(1, -1)} … ${prop} />`,
          ko: `${tag}: '${prop}'은(는) 값 없이 이름만 쓰는 속성입니다. 예: <${tag.slice(1, -1)} … ${prop} />`,
        };
  }
  if ('bare' in value) {
    return { en: `${tag}: '${prop}' needs a value, e.g. ${prop}="…"`, ko: `${tag}: '${prop}'에 값을 쓰세요. 예: ${prop}="…"` };
  }
  const v = valueOf(value);
  if (v === undefined) {
    return {
      en: `${tag}: write '${prop}' as plain text in quotes, e.g. ${prop}="…", not as code {${'expression' in value ? value.expression : ''}}`,
      ko: `${tag}: '${prop}'은(는) 코드 {…}가 아니라 따옴표 안의 글자로 쓰세요. 예: ${prop}="…"`,
    };
  }
  const text = String(v);
  const kind = spec.kind;
  const unknownId = (what: { en: string; ko: string }, file: string, known: Set<string>) => {
    if (known.has(text)) return undefined;
    const near = closest(text, known);
    return {
      en: `${tag}: '${text}' is not ${what.en} in ${file}${near ? `; did you mean '${near}'?` : ''} — check the spelling or add it there`,
      ko: `${tag}: '${text}'은(는) ${file}에 없는 ${what.ko}입니다${near ? `. '${near}'을(를) 쓰려던 것인가요?` : ''} 철자를 확인하거나 그 파일에 추가하세요`,
    };
  };
  switch (kind.type) {
    case 'text':
      return text.trim() ? undefined : { en: `${tag}: '${prop}' is empty`, ko: `${tag}: '${prop}'이(가) 비어 있습니다` };
    case 'number': {
      const n = Number(text);
      return Number.isInteger(n) && n >= kind.min
        ? undefined
        : {
            en: `${tag}: '${prop}' must be a whole number of at least ${kind.min}, e.g. ${prop}={3}`,
            ko: `${tag}: '${prop}'은(는) ${kind.min} 이상의 정수여야 합니다. 예: ${prop}={3}`,
          };
    }
    case 'date':
      return /^\d{4}-\d{2}(-\d{2})?$/.test(text)
        ? undefined
        : {
            en: `${tag}: '${prop}' must be a date written YYYY-MM-DD (or YYYY-MM), not '${text}'`,
            ko: `${tag}: '${prop}'은(는) YYYY-MM-DD(또는 YYYY-MM) 형식의 날짜여야 합니다('${text}'이(가) 아님)`,
          };
    case 'choice':
      return kind.values.includes(text)
        ? undefined
        : {
            en: `${tag}: '${prop}' must be one of ${kind.values.join(', ')}, not '${text}'`,
            ko: `${tag}: '${prop}'은(는) ${kind.values.join(', ')} 중 하나여야 합니다('${text}'이(가) 아님)`,
          };
    case 'figure':
      return unknownId({ en: 'a figure', ko: '수치' }, 'content/data/figures.yaml', ctx.figures);
    case 'source':
      return unknownId({ en: 'a source', ko: '출처' }, 'content/data/sources.yaml', ctx.sources);
    case 'recipient':
      return ctx.recipients.has(text)
        ? undefined
        : {
            en: `${tag}: '${text}' is not a recipient (${[...ctx.recipients].join(', ')})`,
            ko: `${tag}: '${text}'은(는) 수혜 기관이 아닙니다(가능한 값: ${[...ctx.recipients].join(', ')})`,
          };
  }
}

function checkComponent(use: JsxUse, ctx: BodyContext): { en: string; ko: string }[] {
  const tag = `<${use.name}>`;
  // Lower-case names are plain HTML elements (<sup>, <br />); images and links among them are checked elsewhere. A
  // component's name in lower case (<fig>) would be printed as an unknown HTML tag, showing nothing.
  if (/^[a-z]/.test(use.name) && !use.name.includes('.')) {
    const component = COMPONENT_NAMES.find((n) => n.toLowerCase() === use.name.toLowerCase());
    return component
      ? [
          {
            en: `${tag} is the component <${component}> in lower case, which the page would show as nothing: write <${component} …>`,
            ko: `${tag}은(는) 컴포넌트 <${component}>을(를) 소문자로 쓴 것이라 페이지에 아무것도 나오지 않습니다. <${component} …>처럼 대문자로 시작하세요`,
          },
        ]
      : [];
  }
  const spec = componentSpec(use.name);
  if (!spec) {
    const near = closest(use.name, COMPONENT_NAMES);
    return [
      {
        en: `${tag} is not a component editors can use${near ? `; did you mean <${near}>?` : ''} (available: ${COMPONENT_NAMES.join(', ')})`,
        ko: `${tag}은(는) 쓸 수 있는 컴포넌트가 아닙니다${near ? `. <${near}>을(를) 쓰려던 것인가요?` : ''} (쓸 수 있는 것: ${COMPONENT_NAMES.join(', ')})`,
      },
    ];
  }
  const out: { en: string; ko: string }[] = [];
  const allowed = Object.keys(spec.props);
  if (use.spreads > 0) {
    out.push({
      en: `${tag} cannot take {...} spreads; write each prop out (${allowed.join(', ')})`,
      ko: `${tag}에는 {...} 형태를 쓸 수 없습니다. 속성을 하나씩 쓰세요(${allowed.join(', ')})`,
    });
  }
  const seen = new Set<string>();
  for (const attr of use.attributes) {
    if (seen.has(attr.name)) {
      out.push({ en: `${tag} has '${attr.name}' twice; keep one`, ko: `${tag}에 '${attr.name}'이(가) 두 번 있습니다. 하나만 남기세요` });
    }
    seen.add(attr.name);
    const prop = spec.props[attr.name];
    if (!prop) {
      const near = closest(attr.name, allowed);
      out.push({
        en: `${tag} has no prop '${attr.name}'${near ? `; did you mean '${near}'?` : ''} (props: ${allowed.join(', ') || 'none'})`,
        ko: `${tag}에는 '${attr.name}' 속성이 없습니다${near ? `. '${near}'을(를) 쓰려던 것인가요?` : ''} (쓸 수 있는 속성: ${allowed.join(', ') || '없음'})`,
      });
      continue;
    }
    const problem = propValueProblem(tag, attr.name, prop, attr.value, ctx);
    if (problem) out.push(problem);
  }
  for (const [name, prop] of Object.entries(spec.props)) {
    if (prop.required && !use.attributes.some((a) => a.name === name)) {
      out.push({ en: `${tag} needs ${name}="…" (${prop.about.en})`, ko: `${tag}에는 ${name}="…"가 필요합니다(${prop.about.ko})` });
    }
  }
  if (spec.children === 'none' && use.hasChildren) {
    out.push({
      en: `${tag} takes nothing between its tags; write it as ${spec.example}`,
      ko: `${tag}은(는) 태그 사이에 내용을 넣지 않습니다. ${spec.example} 형태로 쓰세요`,
    });
  }
  if (spec.children === 'required' && !use.hasChildren) {
    out.push({
      en: `${tag} needs text between <${use.name}> and </${use.name}>`,
      ko: `${tag}의 여는 태그와 닫는 태그 사이에 내용을 쓰세요`,
    });
  }
  if (use.name === 'TimelineExcerpt' && out.length === 0) out.push(...checkExcerpt(use, ctx));
  return out;
}

function checkExcerpt(use: JsxUse, ctx: BodyContext): { en: string; ko: string }[] {
  const get = (name: string) => {
    const v = use.attributes.find((a) => a.name === name)?.value;
    return v ? valueOf(v) : undefined;
  };
  const from = get('from') as string | undefined;
  const to = get('to') as string | undefined;
  if (from && to && from > to) {
    return [
      {
        en: `<TimelineExcerpt>: 'from' (${from}) is after 'to' (${to}); swap them`,
        ko: `<TimelineExcerpt>: from(${from})이 to(${to})보다 늦습니다. 두 날짜를 바꾸세요`,
      },
    ];
  }
  const recipient = get('recipient') as string | undefined;
  if (ctx.timeline && selectEvents(ctx.timeline, { recipient, from, to }).length === 0) {
    return [
      {
        en: '<TimelineExcerpt> shows no events with these filters; check recipient, from and to against content/data/timeline.yaml',
        ko: '<TimelineExcerpt>의 조건에 맞는 일정이 없습니다. recipient, from, to를 content/data/timeline.yaml과 맞춰 보세요',
      },
    ];
  }
  return [];
}

function placeholderProblems(article: BodyArticle): Problem[] {
  if (article.draft !== false) return [];
  const out: Problem[] = [];
  article.source.split('\n').forEach((text, i) => {
    if (text.includes(PLACEHOLDER)) {
      out.push({
        file: article.file,
        line: i + 1,
        field: PLACEHOLDER,
        en: `'${PLACEHOLDER}' marks text still to be written, and this article is not a draft; finish it, or set 'draft: true' until it is ready`,
        ko: `'${PLACEHOLDER}'는 아직 쓰지 않은 부분 표시인데 이 기사는 초안이 아닙니다. 마저 쓰거나, 준비될 때까지 'draft: true'로 두세요`,
      });
    }
  });
  return out;
}

/** Every problem in one article's body. */
export function checkBody(article: BodyArticle, ctx: BodyContext): Problem[] {
  const { file, analysis } = article;
  if (analysis.error) {
    return [{ file, line: analysis.error.line, field: 'MDX', ...explainSyntaxError(analysis.error, article.source) }];
  }
  const problems: Problem[] = [];
  for (const use of analysis.components) {
    for (const p of checkComponent(use, ctx)) problems.push({ file, line: use.line, field: `<${use.name}>`, ...p });
  }
  for (const line of analysis.esmLines) {
    problems.push({
      file,
      line,
      field: 'import',
      en: `articles need no import or export lines: the components (${COMPONENT_NAMES.join(', ')}) work without them; remove this line`,
      ko: `기사에는 import/export 줄이 필요 없습니다. 컴포넌트(${COMPONENT_NAMES.join(', ')})는 import 없이 쓸 수 있으니 이 줄을 지우세요`,
    });
  }
  for (const { source, line } of analysis.expressions) {
    const shown = source.length > 30 ? `${source.slice(0, 30)}…` : source;
    problems.push({
      file,
      line,
      field: 'MDX',
      en: `{${shown}} is read as code, and the build stops on it; to show braces as text write \\{${shown}\\}, and for a note to yourself write {/* … */}`,
      ko: `{${shown}}은(는) 코드로 읽혀 빌드가 멈춥니다. 중괄호를 글자로 쓰려면 \\{${shown}\\}처럼, 메모는 {/* … */}로 쓰세요`,
    });
  }
  for (const link of analysis.links) {
    const p = checkLink(link.url, article.from, ctx.links);
    if (p?.unpublished && ctx.unpublishedLinks) ctx.unpublishedLinks.push({ file, line: link.line, target: p.unpublished, problem: p });
    else if (p) problems.push({ file, line: link.line, field: 'link', en: p.en, ko: p.ko });
  }
  problems.push(...imageProblems(file, analysis.images, ctx.fileExists), ...placeholderProblems(article));
  return problems;
}
