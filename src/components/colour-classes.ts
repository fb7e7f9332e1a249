// Literal Tailwind classes per recipient colour and chart height (style attributes would break the CSP).
import type { Colour } from '@/lib/charts/spec';

export const BORDER_TOP: Record<Colour, string> = {
  blue: 'border-t-4 border-t-chart-blue',
  teal: 'border-t-4 border-t-chart-teal',
  amber: 'border-t-4 border-t-chart-amber',
  violet: 'border-t-4 border-t-chart-violet',
  rose: 'border-t-4 border-t-chart-rose',
  neutral: 'border-t-4 border-t-border',
};

export const BORDER_LEFT: Record<Colour, string> = {
  blue: 'border-l-[6px] border-l-chart-blue',
  teal: 'border-l-[6px] border-l-chart-teal',
  amber: 'border-l-[6px] border-l-chart-amber',
  violet: 'border-l-[6px] border-l-chart-violet',
  rose: 'border-l-[6px] border-l-chart-rose',
  neutral: 'border-l-[6px] border-l-border',
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
