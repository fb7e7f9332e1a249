// The shapes of everything editors write in content/: one zod schema per collection, shared by Astro and the checks.
import { z } from 'astro/zod';
import { APPROX, UNITS } from '../format';

const localized = (what: string) =>
  z.object(
    {
      ko: z.string({ error: `${what}: the Korean text (ko) is missing` }).min(1),
      en: z.string({ error: `${what}: the English text (en) is missing` }).min(1),
    },
    { error: `${what} needs both languages, e.g. { ko: …, en: … }` },
  );

/** YAML turns 2025-10-31 into a Date; keep dates as 'YYYY-MM-DD' (or 'YYYY-MM' when only the month is known). */
const partialDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: 'write the date as YYYY-MM-DD (or YYYY-MM)' }),
);

const id = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, { error: 'use lower-case letters, digits, dots and hyphens' });

export const COLOURS = ['blue', 'teal', 'amber', 'violet', 'rose'] as const;

export const sourceSchema = z.object({
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** Our description of the report instead of its headline (when the headline was not retrieved). */
  headline: z.boolean().default(true),
  url: z.url({ error: 'url must be a full web address starting with https://' }).optional(),
  /** Publication date; leave out when it is not known. */
  date: partialDate.optional(),
  language: z.enum(['ko', 'en']),
  tier: z.enum(['primary', 'major', 'lower']).default('major'),
});

export const recipientSchema = z.object({
  order: z.number().int().positive(),
  name: localized('name'),
  shortName: localized('shortName'),
  colour: z.enum(COLOURS, { error: `colour must be one of ${COLOURS.join(', ')}` }),
  allocation: z.string().min(1),
  description: localized('description'),
  /** What the partnership covers, a few points per language; numbers belong in `figures`. */
  covers: z.object({ ko: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) }),
  /** Figures shown on the recipient's page. */
  figures: z.array(z.string()).default([]),
});

export const figureSchema = z.object({
  value: z.number({ error: 'value must be a plain number (no commas, units or words)' }).nonnegative(),
  max: z.number().positive().optional(),
  unit: z.enum(UNITS, { error: `unit must be one of ${UNITS.join(', ')}` }),
  approx: z.enum(APPROX, { error: `approx must be one of ${APPROX.join(', ')}` }),
  estimate: z.boolean().default(false),
  recipient: z.string().optional(),
  equivalent: z.string().optional(),
  label: localized('label'),
  note: localized('note').optional(),
  sources: z.array(z.string()).min(1, { error: 'every figure needs at least one source id (from sources.yaml)' }),
});

export const tagSchema = z.object({ name: localized('name') });

export const eventSchema = z.object({
  date: partialDate,
  title: localized('title'),
  summary: localized('summary'),
  recipients: z.array(z.string()).default([]),
  /** translationKeys of the articles that cover this event. */
  articles: z.array(z.string()).default([]),
  sources: z.array(z.string()).min(1, { error: 'every timeline event needs at least one source id' }),
});

export const articleSchema = z.object({
  title: z.string().min(1, { error: 'title is empty' }),
  description: z.string().min(20, { error: 'description should be a sentence of at least 20 characters' }).max(300),
  published: z.coerce.date({ error: 'published must be a date: YYYY-MM-DD' }),
  updated: z.coerce.date({ error: 'updated must be a date: YYYY-MM-DD' }).optional(),
  author: z.string().min(1),
  companies: z.array(z.string()).default([]),
  tags: z.array(id).default([]),
  /** The same key on a Korean article and its English version pairs them. */
  translationKey: id,
  /** false: this article deliberately has no version in the other language. */
  translated: z.boolean().default(true),
  /** The lead story shown first on the home page. */
  featured: z.boolean().default(false),
  sources: z.array(z.string()).default([]),
  /** A visible note at the top when the article was corrected. */
  correction: z.string().optional(),
  draft: z.boolean().default(false),
});

export type Source = z.infer<typeof sourceSchema>;
export type Recipient = z.infer<typeof recipientSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Tag = z.infer<typeof tagSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type ArticleData = z.infer<typeof articleSchema>;
export type WithId<T> = T & { id: string };
