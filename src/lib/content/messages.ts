// Bilingual schema errors: each schema message is written in English and registered with its Korean version here,
// so the checker can show editors both (zod itself carries one string per error).
const KOREAN = new Map<string, string>();

/** An error message for a schema: returns the English text and remembers the Korean one. */
export function msg(en: string, ko: string): string {
  KOREAN.set(en, ko);
  return en;
}

/** The Korean version of a schema message written with msg(), if there is one. */
export function koreanFor(en: string): string | undefined {
  return KOREAN.get(en);
}
