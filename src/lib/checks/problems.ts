// A problem for an editor to fix: the file, the line, the field, and what to do, in English and Korean.
import { UNREADABLE, type SiteContent } from '../content/model';

export interface Problem {
  /** Path from the project root. */
  file: string;
  /** The line in that file, when it is known. */
  line?: number | undefined;
  /** The frontmatter field, data entry or component the problem is in. */
  field?: string | undefined;
  en: string;
  ko: string;
}

/** One line per problem, file (and line) first, English then Korean: what the build and `npm run check` print. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` [${p.field}]` : ''}: ${p.en}\n    ${p.ko}`).join('\n');
}

/** Grouped by file, in line order, so an editor can work down the list. */
export function byFileAndLine(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}

/** Accepts every id: stands in for a data file that could not be read, so its problem is not repeated for each reference. */
class AnyId extends Set<string> {
  override has(): boolean {
    return true;
  }
}

/** Accepts every derived id ('derived.…'): stands in for the derived numbers when they could not be worked out. */
class AnyDerivedId extends Set<string> {
  override has(id: string): boolean {
    return super.has(id) || id.startsWith(DERIVED_PREFIX);
  }
}

/** How every derived figure's id starts (src/lib/content/derived/). */
export const DERIVED_PREFIX = 'derived.';

/** The ids references may point at: the valid entries, the broken ones (reported already), or any id if the file is unreadable. */
export function knownIds(valid: Iterable<string>, broken?: Set<string>): Set<string> {
  return broken?.has(UNREADABLE) ? new AnyId(valid) : new Set([...valid, ...(broken ?? [])]);
}

/**
 * The figure ids articles and data may use: every figure, the derived ones and the broken ones (reported already); any
 * id when recipients.yaml is unreadable, since derived figures exist per recipient and their ids cannot be known then;
 * any derived id when the derived numbers could not be worked out (the missing input is reported once, not per use).
 */
export function knownFigureIds(site: SiteContent): Set<string> {
  const broken = site.brokenIds ?? {};
  const known = knownIds(
    [...site.figures.map((f) => f.id), ...site.derivedFigureIds],
    broken.recipients?.has(UNREADABLE) ? broken.recipients : broken.figures,
  );
  return broken.derived?.has(UNREADABLE) && !(known instanceof AnyId) ? new AnyDerivedId(known) : known;
}
