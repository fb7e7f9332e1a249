// The data layer's forms in the edit server (/edit/data/<kind>/): which fields each kind of entry has, in the order
// the YAML files write them, how each is entered (a picker for ids, a date picker for dates), and the entry a submitted
// form makes. The schemas (src/lib/content/schemas.ts) still decide what is valid; the form only offers what can be.
import { APPROX, UNITS } from '../format/format';
import type { Localized } from '../site/i18n';

export type FieldInput =
  | { type: 'text' | 'longtext' | 'number' | 'flag' }
  /** Korean and English text ({ ko, en }); `long` for sentences. */
  | { type: 'localized'; long?: boolean }
  | { type: 'choice'; values: readonly string[] }
  /** Ids from another list: one, or several. */
  | { type: 'pick' | 'picks'; from: PickFrom }
  /** A date picker; `partial` allows the month alone (YYYY-MM), as figures and the timeline do. */
  | { type: 'date'; partial?: boolean };

export type PickFrom = 'sources' | 'recipients' | 'figures' | 'articles';

export interface FormField {
  key: string;
  input: FieldInput;
  required?: boolean;
  label: Localized;
  /** A checkbox's value when the file does not name it (the schema's default). */
  default?: boolean;
}

export interface DataForm {
  title: string;
  /** Where a new entry goes: corrections are newest first, the rest add to the end. */
  newAt: 'start' | 'end';
  fields: FormField[];
}

const f = (key: string, input: FieldInput, ko: string, en: string, more: Partial<FormField> = {}): FormField => ({
  key,
  input,
  label: { ko, en },
  ...more,
});
const req = { required: true };
const text = { type: 'text' } as const;

export const DATA_FORMS = {
  figures: {
    title: '수치 · Figures',
    newAt: 'end',
    fields: [
      f('value', { type: 'number' }, '값(숫자만)', 'value, a plain number', req),
      f('max', { type: 'number' }, '범위의 최댓값', 'the top of a range'),
      f('unit', { type: 'choice', values: UNITS }, '단위', 'unit', req),
      f('approx', { type: 'choice', values: APPROX }, '보도의 표현', 'how the sources phrase it', req),
      f('estimate', { type: 'flag' }, '공식 발표가 아닌 추정', 'an estimate, not an official number', { default: false }),
      f('recipient', { type: 'pick', from: 'recipients' }, '수혜 기관', 'recipient'),
      f('equivalent', { type: 'pick', from: 'figures' }, '함께 보여 줄 환산 수치', 'an equivalent shown beside it'),
      f('label', { type: 'localized' }, '이름', 'label', req),
      f('note', { type: 'localized', long: true }, '설명', 'note'),
      f('sources', { type: 'picks', from: 'sources' }, '출처', 'sources', req),
      f('asOf', { type: 'date', partial: true }, '출처가 말하는 시점', 'the date the sources speak for', req),
      f('subject', text, '같은 것을 다른 때 잰 수치들의 주제', 'subject shared with the same measure at other dates'),
    ],
  },
  sources: {
    title: '출처 · Sources',
    newAt: 'end',
    fields: [
      f('publisher', text, '매체', 'publisher', req),
      f('title', text, '기사 제목', 'title', req),
      f('headline', { type: 'flag' }, '제목이 기사의 실제 제목임', 'the title is the report’s own headline', { default: true }),
      f('url', text, '주소(https://…)', 'url'),
      f('date', { type: 'date', partial: true }, '날짜', 'date'),
      f('language', { type: 'choice', values: ['ko', 'en'] }, '언어', 'language', req),
      f('tier', { type: 'choice', values: ['primary', 'major', 'lower'] }, '등급', 'tier', req),
    ],
  },
  timeline: {
    title: '타임라인 · Timeline',
    newAt: 'end',
    fields: [
      f('date', { type: 'date', partial: true }, '날짜', 'date', req),
      f('title', { type: 'localized' }, '제목', 'title', req),
      f('summary', { type: 'localized', long: true }, '요약({fig:수치 id}로 수치)', 'summary ({fig:id} for figures)', req),
      f('recipients', { type: 'picks', from: 'recipients' }, '수혜 기관', 'recipients'),
      f('articles', { type: 'picks', from: 'articles' }, '다룬 기사', 'articles covering it'),
      f('sources', { type: 'picks', from: 'sources' }, '출처', 'sources', req),
    ],
  },
  corrections: {
    title: '정정 · Corrections',
    newAt: 'start',
    fields: [
      f('date', { type: 'date' }, '정정한 날', 'the day of the correction', req),
      f('articles', { type: 'picks', from: 'articles' }, '바로잡은 기사', 'corrected articles', req),
      f('wrong', { type: 'localized', long: true }, '고치기 전 내용', 'what it said', req),
      f('now', { type: 'localized', long: true }, '바로잡은 내용', 'what it says now', req),
      f('sources', { type: 'picks', from: 'sources' }, '출처', 'sources'),
    ],
  },
} as const satisfies Record<string, DataForm>;

export type FormKind = keyof typeof DATA_FORMS;

export function isFormKind(kind: string | undefined): kind is FormKind {
  return kind !== undefined && Object.hasOwn(DATA_FORMS, kind);
}

/** A form's submitted values, as FormData or URLSearchParams give them. */
export interface Submitted {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** The value a date field submitted: the picked day, or its month when "month only" is ticked. */
function dateValue(form: Submitted, key: string): string {
  const day = str(form.get(key));
  return day && form.get(`${key}.month`) ? day.slice(0, 7) : day;
}

/**
 * The entry a submitted form describes, with the keys in the form's order and empty optional fields left out (as an
 * editor writing the YAML by hand would). Numbers that are not numbers stay text, for the schema to name.
 */
export function entryFromForm(kind: FormKind, id: string, form: Submitted): Record<string, unknown> {
  const entry: Record<string, unknown> = { id };
  for (const field of DATA_FORMS[kind].fields as readonly FormField[]) {
    const { key, input } = field;
    let value: unknown;
    switch (input.type) {
      case 'flag':
        value = form.get(key) !== null && form.get(key) !== undefined;
        if (value === (field.default ?? false)) value = undefined;
        break;
      case 'number': {
        const raw = str(form.get(key)).replace(/,/g, '');
        value = raw === '' ? undefined : Number.isFinite(Number(raw)) ? Number(raw) : raw;
        break;
      }
      case 'localized': {
        const ko = str(form.get(`${key}.ko`));
        const en = str(form.get(`${key}.en`));
        value = ko || en ? { ko, en } : undefined;
        break;
      }
      case 'picks': {
        const ids = [...new Set(form.getAll(key).map(str).filter(Boolean))];
        value = ids.length ? ids : undefined;
        break;
      }
      case 'date':
        value = dateValue(form, key) || undefined;
        break;
      default:
        value = str(form.get(key)) || undefined;
    }
    if (value !== undefined) entry[key] = value;
  }
  return entry;
}

/** What a form shows for an entry: each input's value (several for a multi-pick), from the entry as the file has it. */
export function formValues(kind: FormKind, entry: Record<string, unknown>): Map<string, string | string[] | boolean> {
  const values = new Map<string, string | string[] | boolean>();
  for (const field of DATA_FORMS[kind].fields as readonly FormField[]) {
    const { key, input } = field;
    const value = entry[key];
    if (input.type === 'flag') values.set(key, typeof value === 'boolean' ? value : (field.default ?? false));
    else if (input.type === 'localized') {
      const text = (value ?? {}) as Partial<Localized>;
      values.set(`${key}.ko`, text.ko ?? '');
      values.set(`${key}.en`, text.en ?? '');
    } else if (input.type === 'picks') values.set(key, Array.isArray(value) ? value.map(String) : []);
    else if (input.type === 'date') {
      const date = value === undefined ? '' : String(value);
      // The date picker holds a whole day: a month alone shows as its first day, with "month only" ticked.
      values.set(key, /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : date);
      values.set(`${key}.month`, /^\d{4}-\d{2}$/.test(date));
    } else values.set(key, value === undefined ? '' : String(value));
  }
  return values;
}
