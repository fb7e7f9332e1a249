// Turns zod's schema errors into editor-facing problems: which field, what is wrong and how to fix it, in English and Korean.
import type { z } from 'astro/zod';
import type { Problem } from './problems';
import { closest } from './suggest';
import { koreanFor } from '../content/messages';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, { en: string; ko: string }> = {
  string: { en: 'text', ko: '글자' },
  number: { en: 'a plain number', ko: '숫자' },
  boolean: { en: 'true or false', ko: 'true 또는 false' },
  array: { en: 'a list, e.g. [a, b]', ko: '목록(예: [a, b])' },
  object: { en: 'a group of fields', ko: '항목 묶음' },
  date: { en: 'a date, YYYY-MM-DD', ko: 'YYYY-MM-DD 형식의 날짜' },
};

function describe(issue: Issue, field: string): { en: string; ko: string } {
  const custom = koreanFor(issue.message);
  if (custom) return { en: issue.message, ko: custom };
  switch (issue.code) {
    case 'invalid_type': {
      if (/received undefined/.test(issue.message)) {
        return { en: `'${field}' is missing; add it`, ko: `'${field}' 항목이 없습니다. 추가하세요` };
      }
      const t = TYPE_NAMES[issue.expected] ?? { en: issue.expected, ko: issue.expected };
      return { en: `'${field}' must be ${t.en}`, ko: `'${field}'은(는) ${t.ko}여야 합니다` };
    }
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      return { en: `'${field}' must be one of ${values}`, ko: `'${field}'은(는) ${values} 중 하나여야 합니다` };
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) {
        return { en: `'${field}' is empty`, ko: `'${field}'이(가) 비어 있습니다` };
      }
      return issue.origin === 'array'
        ? { en: `'${field}' needs at least ${issue.minimum} item(s)`, ko: `'${field}'에는 항목이 ${issue.minimum}개 이상 있어야 합니다` }
        : {
            en: `'${field}' is too short or too small (minimum ${issue.minimum})`,
            ko: `'${field}'이(가) 너무 짧거나 작습니다(최소 ${issue.minimum})`,
          };
    case 'too_big':
      return {
        en: `'${field}' is too long or too large (maximum ${issue.maximum})`,
        ko: `'${field}'이(가) 너무 길거나 큽니다(최대 ${issue.maximum})`,
      };
    default:
      return { en: `'${field}': ${issue.message}`, ko: `'${field}'의 형식이 맞지 않습니다: ${issue.message}` };
  }
}

function unknownKey(key: string, known: readonly string[]): { en: string; ko: string } {
  const near = closest(key, known);
  return {
    en: `'${key}' is not a field${near ? `; did you mean '${near}'?` : ''} (allowed: ${known.join(', ')})`,
    ko: `'${key}'은(는) 없는 항목입니다${near ? `. '${near}'을(를) 쓰려던 것인가요?` : ''} (쓸 수 있는 항목: ${known.join(', ')})`,
  };
}

/**
 * One problem per zod issue; `prefix` names the entry (a data id), `known` lists the allowed fields, `lineOf` finds the
 * line of a path inside the entry.
 */
export function zodProblems(
  file: string,
  prefix: string,
  error: z.ZodError,
  known: readonly string[] = [],
  lineOf: (path: (string | number)[]) => number | undefined = () => undefined,
): Problem[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const field = (...more: string[]) => [prefix, ...path.map(String), ...more].filter(Boolean).join('.') || undefined;
    // One problem per misspelt field, so each gets its own line and suggestion.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ file, line: lineOf([...path, key]), field: field(key), ...unknownKey(key, known) }));
    }
    return [{ file, line: lineOf(path), field: field(), ...describe(issue, path.join('.') || prefix) }];
  });
}
