// Where the finish-pages integration leaves its page finisher for the middleware during a build. The middleware runs
// from Astro's prerender bundle, a different module instance from the integration, so the two meet on globalThis; this
// file is all the middleware imports, so the prerender bundle does not load the finisher's own code.

/** What the middleware calls: bytes of a rendered page in, bytes of the finished page out. */
export interface FinishPages {
  page(pathname: string, bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>>;
}

const KEY = Symbol.for('gpu260k.finish-pages');
const slot = globalThis as Record<symbol, FinishPages | undefined>;

/** The finisher of the build in progress; undefined outside a build (the dev server). */
export const activeFinisher = (): FinishPages | undefined => slot[KEY];

export function setActiveFinisher(finisher: FinishPages | undefined): void {
  slot[KEY] = finisher;
}
