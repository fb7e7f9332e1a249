// A chart's first drawing in steps: each Chart.js hook refuses until the step that first runs what it guards, and
// nothing is refused once the chart is painted (theme changes, resizing and exploring update it later).
import { describe, expect, it } from 'vitest';
import { DRAW_STEPS, inSteps, type DrawStep } from '@/lib/charts/draw-steps';

type Hook = 'beforeUpdate' | 'beforeLayout' | 'beforeDatasetsUpdate' | 'beforeRender';
const HOOKS: Hook[] = ['beforeUpdate', 'beforeLayout', 'beforeDatasetsUpdate', 'beforeRender'];

/** The hooks that let Chart.js go on at `step`. */
function allowed(step: DrawStep): Hook[] {
  const plugin = inSteps(() => step) as unknown as Record<Hook, () => boolean>;
  return HOOKS.filter((hook) => plugin[hook]());
}

describe('chart drawing steps', () => {
  it('run in order, ending with the paint', () => {
    expect(DRAW_STEPS).toEqual(['prepare', 'size', 'elements', 'layout', 'bars', 'paint']);
  });

  it('let each part of Chart.js run from its own step on', () => {
    expect(allowed('prepare')).toEqual([]);
    // The constructor sizes the canvas; the update it starts is refused.
    expect(allowed('size')).toEqual([]);
    expect(allowed('elements')).toEqual(['beforeUpdate']);
    expect(allowed('layout')).toEqual(['beforeUpdate', 'beforeLayout']);
    expect(allowed('bars')).toEqual(['beforeUpdate', 'beforeLayout', 'beforeDatasetsUpdate']);
    expect(allowed('paint')).toEqual(HOOKS);
  });

  it('read the step when Chart.js asks, not when the plugin is made', () => {
    let step: DrawStep = 'size';
    const plugin = inSteps(() => step) as unknown as Record<Hook, () => boolean>;
    expect(plugin.beforeRender()).toBe(false);
    step = 'paint';
    expect(plugin.beforeRender()).toBe(true);
  });
});
