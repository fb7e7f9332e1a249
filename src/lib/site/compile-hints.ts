// Which built scripts ask Chromium to compile every function while the file downloads (V8's per-file compile hint,
// `//# allFunctionsCalledOnLoad`, Chrome 136+; other browsers read a comment). Only the chart code: a page that loads
// it runs nearly all of it at once to draw, and otherwise V8 compiles each function on first call, on the main
// thread, inside the tasks that draw the chart (about 7 ms of each page's chart tasks unthrottled, 1 ms with the hint).
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Names of the client chunks whose functions are (nearly) all called as soon as they load. */
export const EAGER_CHUNKS: readonly string[] = ['draw-chart'];

/** Rolldown's output.postBanner: added after minification, which would drop the comment, and only to those chunks. */
export const compileHintBanner = (chunk: { name: string }): string => (EAGER_CHUNKS.includes(chunk.name) ? COMPILE_HINT : '');
