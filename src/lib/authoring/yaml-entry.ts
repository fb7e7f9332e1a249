// Writes one entry of a data file (content/data/*.yaml) the way the file already writes entries, replacing or adding
// only that entry's lines: every other line — comments, section headings, other entries — stays byte for byte, so a
// form's save is a small diff a reviewer can read.
import { LineCounter, isMap, isScalar, isSeq, parseDocument, stringify } from 'yaml';

/** A YAML scalar on one line, quoted only when it must be ('a: b' and '2025' need quotes; '약 6만 장' does not). */
function scalar(value: unknown): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** A list or a { ko, en } pair on one line, quoted where a flow collection needs it ('a, b' inside [ ] or { }). */
function flow(value: unknown, padding: boolean): string {
  return stringify(value, { lineWidth: 0, collectionStyle: 'flow', flowCollectionPadding: padding }).trimEnd();
}

/** Keys whose { ko, en } text is written on two lines of its own (sentences); the rest as { ko: …, en: … }. */
const LONG = new Set(['note', 'summary', 'wrong', 'now', 'description']);

/** The lines of one entry: `- id: …`, then each field indented by two spaces. */
export function entryLines(entry: Record<string, unknown>): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(entry)) {
    const lead = lines.length === 0 ? '- ' : '  ';
    // The files write lists as [a, b] and pairs as { ko: …, en: … }.
    if (Array.isArray(value)) lines.push(`${lead}${key}: ${flow(value, false)}`);
    else if (value && typeof value === 'object') {
      const pairs = Object.entries(value as Record<string, unknown>);
      if (LONG.has(key)) lines.push(`${lead}${key}:`, ...pairs.map(([k, v]) => `    ${k}: ${scalar(v)}`));
      else lines.push(`${lead}${key}: ${flow(value, true)}`);
    } else lines.push(`${lead}${key}: ${scalar(value)}`);
  }
  return lines;
}

interface Span {
  id: string;
  /** The entry's keys in the order the file writes them. */
  keys: string[];
  /** First line of the entry (0-based), the one with `- id:`. */
  start: number;
  /** The line after its last line, before any comment or blank line that heads the next entry. */
  end: number;
}

/** Where each entry of a YAML list of `- id: …` entries sits in the text. */
export function entrySpans(text: string): Span[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, schema: 'core' });
  if (doc.errors.length || !isSeq(doc.contents)) throw new Error('the file is not a readable list of entries');
  const lines = text.split('\n');
  const starts = doc.contents.items.map((item) => {
    const idNode = isMap(item) ? item.get('id', true) : undefined;
    const keys = isMap(item) ? item.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key)) : [];
    return { id: isScalar(idNode) ? String(idNode.value) : '', keys, start: counter.linePos(item!.range![0]).line - 1 };
  });
  return starts.map(({ id, keys, start }, i) => {
    let end = i + 1 < starts.length ? starts[i + 1]!.start : lines.length;
    while (end > start + 1 && /^\s*(#.*)?$/.test(lines[end - 1]!)) end--;
    return { id, keys, start, end };
  });
}

/**
 * `text` with `entry` written in: in place of the entry with the same id, or as a new entry at the start or the end of
 * the list. Nothing else in the text changes.
 */
export function writeEntry(text: string, entry: Record<string, unknown> & { id: string }, newAt: 'start' | 'end'): string {
  const lines = text.split('\n');
  const spans = entrySpans(text);
  const same = spans.find((s) => s.id === entry.id);
  // An entry written again keeps its keys in the file's order; keys it did not have follow, in the form's order.
  const rank = (key: string) => (same?.keys.includes(key) ? same.keys.indexOf(key) : Infinity);
  const byFile = ([a]: [string, unknown], [b]: [string, unknown]) => (rank(a) === rank(b) ? 0 : rank(a) < rank(b) ? -1 : 1);
  const ordered = Object.fromEntries(Object.entries(entry).sort(byFile));
  const written = entryLines(ordered);
  if (same) lines.splice(same.start, same.end - same.start, ...written);
  else if (newAt === 'start' && spans[0]) lines.splice(spans[0].start, 0, ...written);
  else {
    const last = spans.at(-1);
    lines.splice(last ? last.end : lines.length, 0, ...written);
  }
  return lines.join('\n');
}
