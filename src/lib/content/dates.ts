// Real calendar dates only: 2025-13-45 or 2025-02-30 is a mistake to name, never a date to roll over into another one.

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** YYYY-MM-DD, optionally with a time (2026-03-01T05:00:00Z), or YYYY-MM when `partial` allows a month alone. */
const DATE = /^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface DateProblem {
  en: string;
  ko: string;
}

/**
 * Why `text` is not a real date (undefined when it is). `partial`: a month alone (2025-10) is allowed, as in timeline
 * entries whose day no source gives.
 */
export function dateProblem(text: string, partial = false): DateProblem | undefined {
  const format = partial ? 'YYYY-MM-DD (or YYYY-MM)' : 'YYYY-MM-DD';
  const m = DATE.exec(text.trim());
  if (!m || (!partial && m[3] === undefined)) {
    return { en: `'${text}' is not a date; write it as ${format}`, ko: `'${text}'은(는) 날짜 형식이 아닙니다. ${format} 형식으로 쓰세요` };
  }
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) {
    return {
      en: `'${text}' is not a date: there is no month ${month}; months run from 01 to 12 (${format})`,
      ko: `'${text}'은(는) 없는 날짜입니다. ${month}월은 없습니다. 월은 01부터 12까지입니다(${format})`,
    };
  }
  if (m[3] !== undefined) {
    const day = Number(m[3]);
    const last = daysInMonth(year, month);
    if (day < 1 || day > last) {
      return {
        en: `'${text}' is not a date: ${MONTHS_EN[month - 1]} ${year} has ${last} days; write a real date (${format})`,
        ko: `'${text}'은(는) 없는 날짜입니다. ${year}년 ${month}월은 ${last}일까지 있습니다. 실제 날짜로 고치세요(${format})`,
      };
    }
  }
  const [hour, minute, second] = [m[4], m[5], m[6]].map((v) => (v === undefined ? 0 : Number(v)));
  if (hour! > 23 || minute! > 59 || second! > 59) {
    return { en: `'${text}' has a time that does not exist; use 00:00–23:59`, ko: `'${text}'의 시각이 올바르지 않습니다. 00:00~23:59로 쓰세요` };
  }
  return undefined;
}

/** A real date given as YYYY-MM-DD (with an optional time) as a Date; throws on anything else. */
export function toDate(text: string): Date {
  const problem = dateProblem(text);
  if (problem) throw new Error(problem.en);
  // A date alone is midnight UTC, as YAML and Astro have always read it.
  return new Date(/T| /.test(text.trim()) ? text.trim() : `${text.trim()}T00:00:00Z`);
}
