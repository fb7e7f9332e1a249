// The shapes of everything editors write in content/: one zod schema per collection, shared by Astro and the checks.
import { z } from 'astro/zod';
import { APPROX, UNITS } from '../format/format';
import { dateProblem, toDate } from './dates';
import { msg } from './messages';

/** A zod check that the text is a real calendar date; the message names the date and the fix (messages.ts). */
function realDate(partial: boolean) {
  return (value: string, ctx: z.RefinementCtx) => {
    const problem = dateProblem(value, partial);
    if (problem) ctx.addIssue({ code: 'custom', message: msg(problem.en, problem.ko) });
  };
}

const localized = (what: string) =>
  z.object(
    {
      ko: z.string({ error: msg(`${what}: the Korean text (ko) is missing`, `${what}: 한국어(ko) 문구가 없습니다`) }).min(1),
      en: z.string({ error: msg(`${what}: the English text (en) is missing`, `${what}: 영어(en) 문구가 없습니다`) }).min(1),
    },
    { error: msg(`${what} needs both languages, e.g. { ko: …, en: … }`, `${what}에는 두 언어가 모두 필요합니다. 예: { ko: …, en: … }`) },
  );

/** A date editors type: kept as the text 'YYYY-MM-DD' (or 'YYYY-MM' when only the month is known), and a real one. */
const partialDate = z.string({ error: msg('write the date as YYYY-MM-DD (or YYYY-MM)', '날짜는 YYYY-MM-DD(또는 YYYY-MM) 형식으로 쓰세요') }).superRefine(realDate(true));

/** A publication date: YYYY-MM-DD (a time may follow), a real one, read as a Date. */
const fullDate = (field: string) =>
  z
    .string({ error: msg(`${field} must be a date: YYYY-MM-DD`, `${field}는 YYYY-MM-DD 형식의 날짜여야 합니다`) })
    .superRefine(realDate(false))
    .transform(toDate);

const id = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, {
  error: msg('use lower-case letters, digits, dots and hyphens', '영문 소문자, 숫자, 점(.), 하이픈(-)만 쓰세요'),
});

export const COLOURS = ['blue', 'teal', 'amber', 'violet', 'rose'] as const;

export const sourceSchema = z.strictObject({
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** Our description of the report instead of its headline (when the headline was not retrieved). */
  headline: z.boolean().default(true),
  url: z.url({ error: msg('url must be a full web address starting with https://', 'url은 https://로 시작하는 전체 주소여야 합니다') }).optional(),
  /** Publication date; leave out when it is not known. */
  date: partialDate.optional(),
  language: z.enum(['ko', 'en']),
  tier: z.enum(['primary', 'major', 'lower']).default('major'),
});

export const recipientSchema = z.strictObject({
  order: z.number().int().positive(),
  name: localized('name'),
  shortName: localized('shortName'),
  colour: z.enum(COLOURS, { error: msg(`colour must be one of ${COLOURS.join(', ')}`, `colour는 ${COLOURS.join(', ')} 중 하나여야 합니다`) }),
  allocation: z.string().min(1),
  description: localized('description'),
  /** What the partnership covers, a few points per language; numbers belong in `figures`. */
  covers: z.object({ ko: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) }),
  /** Figures shown on the recipient's page. */
  figures: z.array(z.string()).default([]),
});

export const figureSchema = z.strictObject({
  value: z
    .number({ error: msg('value must be a plain number (no commas, units or words)', 'value는 숫자만 쓰세요(쉼표, 단위, 글자 없이)') })
    // The schema's error above would otherwise answer for this check too, calling -60000 'not a plain number'.
    .nonnegative({
      error: msg(
        "value must not be negative: remove the minus sign (a count, an amount or a share is never below zero; say a fall or a cut in the label or note)",
        "value는 음수일 수 없습니다. 숫자 앞의 '-'를 지우세요(수량·금액·비율은 0보다 작을 수 없습니다. 감소나 삭감이라면 label이나 note에 쓰세요)",
      ),
    }),
  max: z
    .number({ error: msg('max must be a plain number (no commas, units or words)', 'max는 숫자만 쓰세요(쉼표, 단위, 글자 없이)') })
    .positive({ error: msg('max must be a number above zero (and above value)', 'max는 0보다 큰 숫자여야 합니다(value보다도 커야 합니다)') })
    .optional(),
  unit: z.enum(UNITS, { error: msg(`unit must be one of ${UNITS.join(', ')}`, `unit은 ${UNITS.join(', ')} 중 하나여야 합니다`) }),
  approx: z.enum(APPROX, { error: msg(`approx must be one of ${APPROX.join(', ')}`, `approx는 ${APPROX.join(', ')} 중 하나여야 합니다`) }),
  estimate: z.boolean().default(false),
  recipient: z.string().optional(),
  equivalent: z.string().optional(),
  label: localized('label'),
  note: localized('note').optional(),
  /** The date the figure's sources speak for (a budget proposal's amount: the day it was proposed). */
  asOf: z.string({ error: msg('asOf is missing: add the date the sources speak for, asOf: YYYY-MM-DD (or YYYY-MM)', 'asOf가 없습니다. 출처가 말하는 시점을 asOf: YYYY-MM-DD(또는 YYYY-MM)로 적으세요') }).superRefine(realDate(true)),
  /**
   * Figures that measure the same thing at different dates share a subject (e.g. the government's 2030 target as reported
   * in August and in December 2025): the check warns where an article prints an older one.
   */
  subject: id.optional(),
  sources: z
    .array(z.string())
    .min(1, { error: msg('every figure needs at least one source id (from sources.yaml)', '모든 수치에는 출처 id(sources.yaml)가 하나 이상 있어야 합니다') }),
});

export const tagSchema = z.strictObject({ name: localized('name') });

export const eventSchema = z.strictObject({
  date: partialDate,
  title: localized('title'),
  summary: localized('summary'),
  recipients: z.array(z.string()).default([]),
  /** translationKeys of the articles that cover this event. */
  articles: z.array(z.string()).default([]),
  sources: z
    .array(z.string())
    .min(1, { error: msg('every timeline event needs at least one source id', '모든 타임라인 항목에는 출처 id가 하나 이상 있어야 합니다') }),
});

/** Strict: a misspelt field (`draf: true`) would otherwise be dropped without a word, and a draft published. */
export const articleSchema = z.strictObject({
  title: z.string().min(1, { error: msg('title is empty', '제목(title)이 비어 있습니다') }),
  description: z
    .string()
    .min(20, { error: msg('description should be a sentence of at least 20 characters', '요약(description)은 20자 이상의 문장으로 쓰세요') })
    .max(300, { error: msg('description should be at most 300 characters', '요약(description)은 300자 이내로 쓰세요') }),
  published: fullDate('published'),
  updated: fullDate('updated').optional(),
  author: z.string().min(1),
  /** Recipient ids (recipients.yaml) the article is about: it is listed on their pages. */
  recipients: z.array(z.string()).default([]),
  tags: z.array(id).default([]),
  /** The same key on a Korean article and its English version pairs them. */
  translationKey: id,
  /** false: this article deliberately has no version in the other language. */
  translated: z.boolean().default(true),
  /** The lead story shown first on the home page. */
  featured: z.boolean().default(false),
  sources: z.array(z.string()).default([]),
  draft: z.boolean().default(false),
});

/** One entry of the corrections record: what an article pair said, what it says now, and when it was corrected. */
export const correctionSchema = z.strictObject({
  /** The day the correction was published. */
  date: z.string().superRefine(realDate(false)),
  /** translationKeys of the corrected article pairs. */
  articles: z.array(id).min(1, { error: msg('articles: list the translationKey of each corrected article', 'articles에 바로잡은 기사의 translationKey를 쓰세요') }),
  wrong: localized('wrong'),
  now: localized('now'),
  sources: z.array(z.string()).default([]),
});

/** The stages of a delivery, in order: what each recipient's GPUs have been through (content/data/deliveries.yaml). */
export const STAGES = ['announced', 'purchased', 'delivered', 'inService'] as const;
export type StageKey = (typeof STAGES)[number];

/**
 * One stage as reported: a count (a figure id, never a typed number), its date and its sources. Without a figure the
 * stage has no reported count; a note (which may name figures as {fig:id}) says what is known, with its sources.
 */
export const stageSchema = z.strictObject({
  figure: z
    .string({
      error: msg(
        'figure must be the id of a figure in figures.yaml (e.g. allocation.sk), never a typed number',
        'figure에는 figures.yaml의 수치 id(예: allocation.sk)를 쓰세요. 숫자를 직접 쓰지 마세요',
      ),
    })
    .min(1)
    .optional(),
  /** When the stage was reported to happen; defaults to the figure's asOf. */
  date: partialDate.optional(),
  /** Defaults to the figure's sources. */
  sources: z.array(z.string()).default([]),
  note: localized('note').optional(),
});

const stages = {
  announced: stageSchema.optional(),
  purchased: stageSchema.optional(),
  delivered: stageSchema.optional(),
  inService: stageSchema.optional(),
};

/** A part of a batch, e.g. the GPUs one cloud firm bought: figure ids of what it bought and of the state's share. */
const batchPartSchema = z.strictObject({
  name: localized('name'),
  bought: z.string().min(1),
  stateUse: z.string().min(1).optional(),
});

/** One purchase within a recipient's share (the government buys in batches), with its own stages. */
const batchSchema = z.strictObject({
  id,
  name: localized('name'),
  stages: z.strictObject(stages),
  parts: z.array(batchPartSchema).default([]),
});

/** One recipient's delivery record: its id is the recipient's id; `announced` is its allocation as announced. */
export const deliverySchema = z.strictObject({
  stages: z.strictObject({ ...stages, announced: stageSchema }),
  batches: z.array(batchSchema).default([]),
});

/** Every data file's schema, by the name of its collection (content/data/<name>.yaml). */
export const DATA_SCHEMAS = {
  recipients: recipientSchema,
  figures: figureSchema,
  sources: sourceSchema,
  tags: tagSchema,
  timeline: eventSchema,
  corrections: correctionSchema,
  deliveries: deliverySchema,
} as const;
export type DataKind = keyof typeof DATA_SCHEMAS;
export type DataEntry<K extends DataKind> = WithId<z.infer<(typeof DATA_SCHEMAS)[K]>>;

export type Source = z.infer<typeof sourceSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Recipient = z.infer<typeof recipientSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Tag = z.infer<typeof tagSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Delivery = z.infer<typeof deliverySchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Batch = z.infer<typeof batchSchema>;
export type ArticleData = z.infer<typeof articleSchema>;
export type WithId<T> = T & { id: string };
