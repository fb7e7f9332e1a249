// The compile hint goes on the chart code only: eager compilation of a chunk that is mostly not run would cost memory.
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHintBanner } from '@/lib/site/compile-hints';

describe('compile hints', () => {
  it("is V8's per-file magic comment", () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
  });

  it('marks the chart chunk and nothing else', () => {
    expect(compileHintBanner({ name: 'draw-chart' })).toBe(COMPILE_HINT);
    for (const name of [
      'preload-helper',
      'ChartFigure.astro_astro_type_script_index_0_lang',
      'SearchBox.astro_astro_type_script_index_0_lang',
      'index',
    ])
      expect(compileHintBanner({ name })).toBe('');
  });
});
