// The data forms of the edit server (/edit/data/<kind>/): an entry shown in its form and saved unchanged reads back the
// same, writing touches that entry's lines only, a new entry goes where the file keeps new ones, and what the schema
// refuses (an impossible date, a figure without a source) is named, in Korean and English.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_FORMS, entryFromForm, formValues, type FormKind, type Submitted } from '@/lib/authoring/data-forms';
import { entrySpans, writeEntry } from '@/lib/authoring/yaml-entry';
import { zodProblems } from '@/lib/checks/zod-problems';
import { contentPaths } from '@/lib/content/paths';
import { DATA_SCHEMAS } from '@/lib/content/schemas';
import { parseYaml } from '@/lib/content/yaml';

const KINDS = Object.keys(DATA_FORMS) as FormKind[];
const textOf = (kind: FormKind) => readFileSync(contentPaths[kind], 'utf8');
const valueOf = (text: string) => {
  const parsed = parseYaml(text);
  if ('error' in parsed) throw new Error(parsed.error.en);
  return parsed.source.value as Record<string, unknown>[];
};

/** What a browser submits for a form showing `values`: unticked boxes send nothing, ticked ones their value. */
function submit(values: Map<string, string | string[] | boolean>): Submitted {
  const pairs: [string, string][] = [];
  for (const [name, v] of values) {
    if (v === true) pairs.push([name, 'on']);
    else if (Array.isArray(v)) for (const x of v) pairs.push([name, x]);
    else if (typeof v === 'string') pairs.push([name, v]);
  }
  return new URLSearchParams(pairs);
}

describe.each(KINDS)('the %s form', (kind) => {
  const text = textOf(kind);
  const entries = valueOf(text);

  it('saves every entry unchanged as the same data, changing no line outside that entry', () => {
    expect(entries.length).toBeGreaterThan(3);
    const spans = entrySpans(text);
    const lines = text.split('\n');
    for (const [i, entry] of entries.entries()) {
      const id = String(entry.id);
      const written = writeEntry(text, entryFromForm(kind, id, submit(formValues(kind, entry))) as { id: string }, 'end');
      const out = written.split('\n');
      const span = spans[i]!;
      const after = out.length - (lines.length - span.end);
      expect(out.slice(0, span.start), id).toEqual(lines.slice(0, span.start));
      expect(out.slice(after), id).toEqual(lines.slice(span.end));
      // The entry's own lines read back as the entry.
      expect(valueOf(out.slice(span.start, after).join('\n')), id).toEqual([entry]);
    }
  });
});

describe('a new entry', () => {
  it('is added after the last figure, with the file’s comments and entries untouched', () => {
    const text = textOf('figures');
    const form = new URLSearchParams([
      ['value', '1,200'],
      ['unit', 'gpu'],
      ['approx', 'about'],
      ['label.ko', '시험: 새 수치'],
      ['label.en', 'A test figure'],
      ['sources', 's4'],
      ['sources', 's2'],
      ['asOf', '2026-03-01'],
      ['asOf.month', 'on'],
    ]);
    const entry = entryFromForm('figures', 'test.new-figure', form);
    expect(entry).toEqual({
      id: 'test.new-figure',
      value: 1200,
      unit: 'gpu',
      approx: 'about',
      label: { ko: '시험: 새 수치', en: 'A test figure' },
      sources: ['s4', 's2'],
      asOf: '2026-03',
    });
    const written = writeEntry(text, entry as { id: string }, 'end');
    expect(written.startsWith(text.trimEnd())).toBe(true);
    expect(written.slice(text.trimEnd().length)).toBe(
      '\n- id: test.new-figure\n  value: 1200\n  unit: gpu\n  approx: about\n  label: { ko: "시험: 새 수치", en: A test figure }\n  sources: [s4, s2]\n  asOf: 2026-03\n',
    );
    expect(valueOf(written).at(-1)).toEqual(entry);
  });

  it('is a correction: it goes first, as the record is newest first', () => {
    const text = textOf('corrections');
    const entry = {
      id: '2099-01-01-test',
      date: '2099-01-01',
      articles: ['deal-explained'],
      wrong: { ko: '가', en: 'a' },
      now: { ko: '나', en: 'b' },
    };
    expect(valueOf(writeEntry(text, entry, 'start'))[0]).toEqual(entry);
  });
});

describe('what the schema refuses', () => {
  const problems = (kind: FormKind, entry: Record<string, unknown>) => {
    const { id, ...data } = entry;
    const result = DATA_SCHEMAS[kind].safeParse(data);
    return result.success
      ? []
      : zodProblems(contentPaths[kind], String(id), result.error, Object.keys(DATA_SCHEMAS[kind].shape), () => undefined);
  };

  it('names an impossible date and a figure without a source, in Korean and English', () => {
    const form = new URLSearchParams([
      ['value', '10'],
      ['unit', 'gpu'],
      ['approx', 'exact'],
      ['label.ko', '가'],
      ['label.en', 'a'],
      ['asOf', '2025-02-30'],
    ]);
    const found = problems('figures', entryFromForm('figures', 'x.y', form));
    expect(found.map((p) => p.field)).toEqual(expect.arrayContaining(['x.y.asOf', 'x.y.sources']));
    const date = found.find((p) => p.field === 'x.y.asOf')!;
    expect(date.en).toMatch(/2025-02-30/);
    expect(date.ko).toMatch(/[가-힣]/);
  });

  it('passes a figure the form filled in completely', () => {
    const entry = entryFromForm('figures', 'x.y', submit(formValues('figures', valueOf(textOf('figures'))[0]!)));
    expect(problems('figures', entry)).toEqual([]);
  });
});
