// What a page that exists once per language starts with: its language (from Astro.currentLocale), its interface text,
// the site's content, and its address in both languages.
import { LANGS, pageLang, t, type Lang } from '@/lib/site/i18n';
import { getSite } from './site';

export async function localePage(locale: string | undefined, route: (lang: Lang) => string) {
  const lang = pageLang(locale);
  const alternates = Object.fromEntries(LANGS.map((l) => [l, route(l)])) as Record<Lang, string>;
  return { lang, ui: t(lang), site: await getSite(), alternates };
}
