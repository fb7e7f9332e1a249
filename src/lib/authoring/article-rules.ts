// The rules a new article follows that both `npm run new` and the editing UI (in the browser) apply: what a slug may
// be, the slug a title suggests, today's date in Seoul and the default author. No Node-only imports here.
import { romanize } from 'es-hangul';
import { reservedSlugProblem } from '../checks/article-identity';
import type { Lang } from '../site/i18n';

export const DEFAULT_AUTHOR: Record<Lang, string> = { ko: 'GPU 26만 장 분석팀', en: '260K GPUs analysis desk' };

/** Lower-case words joined by hyphens: what a slug and a translationKey look like. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why a slug cannot be used, or undefined when it is fine. */
export function slugProblem(slug: string): { en: string; ko: string } | undefined {
  if (SLUG.test(slug)) return reservedSlugProblem(slug, 'ko');
  return {
    en: `the slug '${slug}' must be lower-case English letters, digits and hyphens, e.g. samsung-hbm4 (it becomes the address /articles/${slug}/)`,
    ko: `슬러그 '${slug}'는 영문 소문자, 숫자, 하이픈(-)만 쓸 수 있습니다. 예: samsung-hbm4 (주소 /articles/슬러그/가 됩니다)`,
  };
}

/**
 * A slug from a title: Korean romanised the way the National Institute of Korean Language's rules say it is read
 * ('삼성 HBM4 검증' → 'samseong-hbm4-geomjeung'), English as written ('Samsung’s HBM4 bet' → 'samsungs-hbm4-bet'), at most
 * eight words; undefined when nothing usable is left.
 */
export function slugFromTitle(title: string): string | undefined {
  const slug = romanize(title.normalize('NFC'))
    .normalize('NFKD')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-');
  return slug && /[a-z]/.test(slug) ? slug : undefined;
}

/** Today's date in Seoul, where the newsroom works: YYYY-MM-DD. */
export function seoulDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
