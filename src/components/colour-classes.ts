// Literal Tailwind classes per recipient colour and chart height (style attributes would break the CSP).
import type { Colour } from '@/lib/charts/spec';

/** The colour of a top edge; callers set its width. */
export const EDGE_TOP: Record<Colour, string> = {
  blue: 'border-t-chart-blue',
  teal: 'border-t-chart-teal',
  amber: 'border-t-chart-amber',
  violet: 'border-t-chart-violet',
  rose: 'border-t-chart-rose',
  neutral: 'border-t-border',
};

/** The colour of a left edge; callers set its width. */
export const EDGE_LEFT: Record<Colour, string> = {
  blue: 'border-l-chart-blue',
  teal: 'border-l-chart-teal',
  amber: 'border-l-chart-amber',
  violet: 'border-l-chart-violet',
  rose: 'border-l-chart-rose',
  neutral: 'border-l-border',
};

/** Chart heights in px (see chartHeight in src/lib/charts/config.ts) as classes. */
const HEIGHTS: Record<number, string> = {
  128: 'h-[128px]',
  172: 'h-[172px]',
  216: 'h-[216px]',
  260: 'h-[260px]',
  304: 'h-[304px]',
  300: 'h-[300px]',
};

export function heightClass(px: number): string {
  const cls = HEIGHTS[px];
  if (!cls) throw new Error(`No height class for a ${px}px chart: add 'h-[${px}px]' to HEIGHTS in src/components/colour-classes.ts.`);
  return cls;
}
