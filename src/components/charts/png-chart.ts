// "Download PNG": the drawn chart on a picture of its own, in the theme on screen, with the title above it and the
// source line and the site's name and address below, so the picture still says what it is when shared alone.
import type { Chart } from 'chart.js';

export interface PngText {
  title: string;
  source: string;
  /** The site's name and the chart's address. */
  credit: string;
  fileName: string;
}

export interface PngColours {
  bg: string;
  text: string;
  muted: string;
}

/** `text` broken into lines no wider than `width` (at spaces, or anywhere in a word too long for a line). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const tryLine = line ? `${line} ${word}` : word;
    if (ctx.measureText(tryLine).width <= width) line = tryLine;
    else {
      if (line) lines.push(line);
      line = word;
      while (ctx.measureText(line).width > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && ctx.measureText(line.slice(0, cut)).width > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The picture, as a PNG blob. */
export function chartPng(chart: Chart<'bar'>, text: PngText, colours: PngColours, font: string): Promise<Blob> {
  const src = chart.canvas;
  const scale = src.width / Math.max(1, src.clientWidth);
  const pad = 20 * scale;
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d')!;
  const width = src.width + pad * 2;
  const titleFont = `700 ${18 * scale}px ${font}`;
  const smallFont = `${12 * scale}px ${font}`;
  ctx.font = titleFont;
  const titleLines = wrap(ctx, text.title, src.width);
  ctx.font = smallFont;
  const footLines = [...wrap(ctx, text.source, src.width), ...wrap(ctx, text.credit, src.width)];
  const titleHeight = 26 * scale;
  const footHeight = 18 * scale;
  out.width = width;
  out.height = pad + titleLines.length * titleHeight + pad / 2 + src.height + pad / 2 + footLines.length * footHeight + pad;
  ctx.fillStyle = colours.bg;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.textBaseline = 'top';
  let y = pad;
  ctx.font = titleFont;
  ctx.fillStyle = colours.text;
  for (const line of titleLines) {
    ctx.fillText(line, pad, y);
    y += titleHeight;
  }
  y += pad / 2;
  ctx.drawImage(src, pad, y);
  y += src.height + pad / 2;
  ctx.font = smallFont;
  ctx.fillStyle = colours.muted;
  for (const line of footLines) {
    ctx.fillText(line, pad, y);
    y += footHeight;
  }
  return new Promise((resolve, reject) => out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
}

/** Save the chart's picture under `text.fileName`. */
export async function downloadPng(chart: Chart<'bar'>, text: PngText, colours: PngColours, font: string): Promise<void> {
  const blob = await chartPng(chart, text, colours, font);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = text.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
