// The site's two languages, and the interface text in each: ko.ts is the reference dictionary, en.ts has its shape, and
// the chart text is its own pair (ko-charts.ts, en-charts.ts); the unit tests check that every key has text in every language.
import { ui as enUi } from './en';
import { charts as enCharts } from './en-charts';
import { ui as koUi, type UiText } from './ko';
import { charts as koCharts, type ChartText } from './ko-charts';

export const LANGS = ['ko', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ko';

/** BCP 47 tags for <html lang>, hreflang, Intl and feeds. */
export const LOCALE_TAG: Record<Lang, string> = { ko: 'ko-KR', en: 'en-US' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'ko' ? 'en' : 'ko';
}

/**
 * The language of the page being rendered, from Astro's i18n routing: `pageLang(Astro.currentLocale)` in a component,
 * `pageLang(context.currentLocale)` in an endpoint. Throws on anything that is not one of the site's languages.
 */
/**
 * The lang attribute a name needs on a page of `lang`: 'ko' for a Korean name ('한국일보') on an English page, so it
 * breaks between words, not inside them (global.css); undefined when the page's own language fits.
 */
export function nameLang(name: string, lang: Lang): Lang | undefined {
  return lang === 'en' && /[\u3131-\u318e\uac00-\ud7a3]/.test(name) ? 'ko' : undefined;
}

export function pageLang(locale: string | undefined): Lang {
  if (isLang(locale)) return locale;
  throw new Error(
    `The page has no language of this site: currentLocale is ${JSON.stringify(locale)}, not one of ${LANGS.join(', ')} (i18n in astro.config.ts).`,
  );
}

/** Text in both languages, as data files store it. */
export type Localized<T = string> = Record<Lang, T>;

export type { ChartText, UiText };

export const UI: Record<Lang, UiText> = { ko: koUi, en: enUi };
export const CHART_TEXT: Record<Lang, ChartText> = { ko: koCharts, en: enCharts };

/** The interface text in `lang`. */
export function t(lang: Lang): UiText {
  return UI[lang];
}

/** The charts' text in `lang` (src/lib/charts/spec.ts and the chart figure). */
export function chartText(lang: Lang): ChartText {
  return CHART_TEXT[lang];
}
