// The inline site icon: the data URI holds public/favicon.svg unchanged, and nothing in it can end the attribute.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { svgDataUri } from '@/lib/site/favicon';

const svg = readFileSync('public/favicon.svg', 'utf8');
const decoded = (uri: string) => decodeURIComponent(uri.slice('data:image/svg+xml,'.length));

describe('svgDataUri', () => {
  it('decodes back to the icon, with single quotes', () => {
    const uri = svgDataUri(svg);
    expect(uri.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decoded(uri)).toBe(svg.trim().replace(/"/g, "'"));
  });

  it('escapes what a URI or a double-quoted attribute cannot hold', () => {
    const uri = svgDataUri('<svg xmlns="http://www.w3.org/2000/svg"><text fill="#fff">50% 한 & "a"</text></svg>');
    expect(uri).not.toMatch(/["<>#]/);
    expect(decoded(uri)).toBe(`<svg xmlns='http://www.w3.org/2000/svg'><text fill='#fff'>50% 한 & 'a'</text></svg>`);
  });

  it('keeps the icon short enough to inline in every page', () => {
    expect(svgDataUri(svg).length).toBeLessThan(svg.length * 1.3);
  });
});
