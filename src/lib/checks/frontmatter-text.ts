// Warnings, never errors: a frontmatter text wrapped whole in curly quotes (title: “…”). Word processors and phones
// turn the straight quotes that YAML reads as quoting into curly ones, which YAML keeps as text, so the quotes reach the
// page, the list, the search result and the sharing card. A headline that is itself a quotation may stay as it is.
import type { CheckedArticle } from '../content/model';
import type { Problem } from './problems';

/** The fields whose text readers see as it is written, with their names in the guide. */
const FIELDS = {
  title: { ko: '제목(title)', subject: '제목(title)이' },
  description: { ko: '요약(description)', subject: '요약(description)이' },
  author: { ko: '필자(author)', subject: '필자(author)가' },
} as const;

/** Opened and closed by curly (or corner) quotes, with none inside: the whole value is quoted, not a quotation within it. */
const WRAPPED = /^[“‘「『][^“”‘’「」『』]*[”’」』"']$/u;

export function quotedFieldWarnings(articles: CheckedArticle[]): Problem[] {
  return articles.flatMap((a) =>
    a.recovered
      ? []
      : Object.entries(FIELDS).flatMap(([field, name]): Problem[] => {
          const value = a.data[field as keyof typeof FIELDS].trim();
          if (!WRAPPED.test(value)) return [];
          const shown = `${value[0]}…${value.at(-1)}`;
          return [
            {
              file: a.file,
              field,
              en: `the ${field} is wrapped in curly quotes (${shown}), which will show on the page: to quote the value, use straight quotes (${field}: "…"), or none; if the ${field} is itself a quotation, leave it`,
              ko: `${name.subject} 둥근 따옴표(${shown})로 감싸여 있어 따옴표까지 페이지에 나옵니다. 값을 감싸려던 것이면 키보드의 곧은 따옴표(${field}: "…")를 쓰거나 따옴표를 빼세요. ${name.ko} 자체가 인용문이면 그대로 두어도 됩니다`,
            },
          ];
        }),
  );
}
