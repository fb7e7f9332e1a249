// How far the reporting reaches: the latest of dates written to the day or only to the month.
import { describe, expect, it } from 'vitest';
import { latestDate, siteReach } from '@/lib/content/reach';

describe('latestDate', () => {
  it('takes the latest day, whatever the order', () => {
    expect(latestDate(['2025-10-31', '2026-03-12', undefined, '2025-11-04'])).toBe('2026-03-12');
    expect(latestDate([undefined])).toBeUndefined();
  });

  it('puts a month alone after its own days (a source dated June 2026 may be from 30 June) and before the next month', () => {
    expect(latestDate(['2026-06-08', '2026-06', '2026-05-30'])).toBe('2026-06');
    expect(latestDate(['2026-06', '2026-07-01'])).toBe('2026-07-01');
    expect(latestDate(['2026-05', '2026-06-08'])).toBe('2026-06-08');
  });

  it('reads sources, figures and timeline events for the whole site', () => {
    const reach = siteReach({
      sources: [{ date: '2026-06-08' }, { date: '2026-06' }],
      figures: [{ asOf: '2026-01' }],
      timeline: [{ date: '2026-06-07' }],
    });
    expect(reach).toBe('2026-06');
  });
});
