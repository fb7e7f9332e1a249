// Packs what the browser needs to draw a chart into a short data attribute, and unpacks it there.
// Compact arrays instead of named objects: the attribute is on every chart page, inside its 14 kB budget.
import type { DrawSpec } from '@/lib/charts/config';
import type { Colour } from '@/lib/charts/spec';

type PackedRow = [label: string, value: number, text: string, colour: Colour, muted: 0 | 1, target?: number | null, short?: string];
type Packed = [lang: DrawSpec['lang'], orientation: 'h' | 'v', rows: PackedRow[], step: number, labels: string[]];

export function packSpec(spec: DrawSpec): string {
  const packed: Packed = [
    spec.lang,
    spec.orientation === 'horizontal' ? 'h' : 'v',
    spec.rows.map((r) => {
      const row: PackedRow = [r.label, r.value, r.text, r.colour, r.muted ? 1 : 0];
      if (r.target !== undefined || r.short !== undefined) row.push(r.target ?? null);
      if (r.short !== undefined) row.push(r.short);
      return row;
    }),
    spec.axis.step,
    spec.axis.labels,
  ];
  return JSON.stringify(packed);
}

export function unpackSpec(json: string): DrawSpec {
  const [lang, o, rows, step, labels] = JSON.parse(json) as Packed;
  return {
    lang,
    orientation: o === 'h' ? 'horizontal' : 'vertical',
    rows: rows.map(([label, value, text, colour, muted, target, short]) => ({
      label,
      value,
      text,
      colour,
      muted: muted === 1,
      ...(target === undefined || target === null ? {} : { target }),
      ...(short === undefined ? {} : { short }),
    })),
    axis: { step, labels },
  };
}
