// A timeline event citing a source with neither a date nor a url: a warning (the check passes), since sources.yaml may
// legitimately leave out either one, but not both for what a timeline reader is meant to check.
import { describe, expect, it } from 'vitest';
import { untraceableSourceWarnings } from '@/lib/checks/timeline-sources';
import { validSite } from './fixtures';

describe('timeline sources readers cannot trace', () => {
  const site = validSite();
  const source = (id: string, more: object) => ({
    id,
    publisher: 'P',
    title: 'T',
    headline: true,
    language: 'en' as const,
    tier: 'major' as const,
    ...more,
  });
  const event = { ...site.timeline[0]!, id: 'e9', sources: ['a', 'b', 'c', 'd', 'missing'] };
  const sources = [source('a', {}), source('b', { date: '2025-06' }), source('c', { url: 'https://example.com/' }), source('d', {})];

  it('warn for each source with neither date nor url, naming it and the fix', () => {
    const warnings = untraceableSourceWarnings([event], sources);
    expect(warnings.map((w) => w.en.slice(0, 9))).toEqual(["cites 'a'", "cites 'd'"]);
    expect(warnings[0]).toMatchObject({ file: 'content/data/timeline.yaml', field: 'e9.sources' });
    expect(warnings[0]!.en).toContain('add its date and url there if they are known');
    expect(warnings[0]!.ko).toContain('날짜(date)도 주소(url)도 없습니다');
  });

  it('say nothing on the real timeline, whose sources all have a date or a url', async () => {
    const { checkContent } = await import('@/lib/checks/editor-check');
    expect(checkContent(process.cwd()).warnings.filter((w) => w.file === 'content/data/timeline.yaml')).toEqual([]);
  });
});
