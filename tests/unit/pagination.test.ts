// Pagination logic on lists far longer than the real archive: page counts, slices, addresses and the numbers shown.
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, laterPageParams, matchingPage, pageCount, pageNumbers, pageOf, pagePath, type PageSlot } from '@/lib/site/pagination';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
/** Every page of `items`, first to last, as the list pages build them (pageOf for each page number). */
const paginate = <T>(items: readonly T[]) => range(pageCount(items.length)).map((n) => pageOf(items, n));

describe('pageCount', () => {
  it.each([
    [0, 1],
    [1, 1],
    [19, 1],
    [20, 1],
    [21, 2],
    [40, 2],
    [41, 3],
    [2000, 100],
    [2001, 101],
  ])('%i items make %i page(s) of 20', (total, pages) => {
    expect(pageCount(total)).toBe(pages);
  });

  it('uses 20 a page by default, and other sizes on request', () => {
    expect(PAGE_SIZE).toBe(20);
    expect(pageCount(25, 10)).toBe(3);
  });

  it('rejects nonsense', () => {
    expect(() => pageCount(-1)).toThrow(RangeError);
    expect(() => pageCount(1.5)).toThrow(RangeError);
    expect(() => pageCount(10, 0)).toThrow(RangeError);
  });
});

describe('pageOf and paginate', () => {
  const items = range(2013);

  it('slices each page in list order, with the positions it covers', () => {
    expect(pageOf(items, 1)).toMatchObject({ page: 1, pages: 101, total: 2013, from: 1, to: 20 });
    expect(pageOf(items, 1).items).toEqual(range(20));
    expect(pageOf(items, 2).items[0]).toBe(21);
    const last = pageOf(items, 101);
    expect(last).toMatchObject({ from: 2001, to: 2013 });
    expect(last.items).toEqual([2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013]);
  });

  it('covers every item exactly once, in order', () => {
    const pages = paginate(items);
    expect(pages).toHaveLength(101);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.every((p, i) => p.page === i + 1 && p.pages === 101)).toBe(true);
    expect(pages.slice(0, -1).every((p) => p.items.length === 20)).toBe(true);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([])).toEqual([{ page: 1, pages: 1, items: [], total: 0, from: 0, to: 0 }]);
  });

  it('refuses a page that does not exist', () => {
    expect(() => pageOf(items, 0)).toThrow(/page 0 does not exist/);
    expect(() => pageOf(items, 102)).toThrow(/101 pages/);
    expect(() => pageOf([1], 2)).toThrow(/1 page\)/);
  });
});

describe('pagePath', () => {
  it('keeps page 1 at the list itself and puts later pages under /page/N/', () => {
    expect(pagePath('/articles/', 1)).toBe('/articles/');
    expect(pagePath('/articles/', 2)).toBe('/articles/page/2/');
    expect(pagePath('/en/tags/hbm/', 37)).toBe('/en/tags/hbm/page/37/');
    expect(pagePath('/companies/sk/articles', 3)).toBe('/companies/sk/articles/page/3/');
  });

  it('never makes /page/1/ and refuses non-pages', () => {
    expect(
      range(500)
        .map((n) => pagePath('/articles/', n))
        .filter((p) => p.includes('/page/1/')),
    ).toEqual([]);
    expect(() => pagePath('/articles/', 0)).toThrow(RangeError);
    expect(() => pagePath('/articles/', 2.5)).toThrow(RangeError);
  });

  it('lists the route parameters of the pages after the first', () => {
    expect(laterPageParams(1)).toEqual([]);
    expect(laterPageParams(4)).toEqual(['2', '3', '4']);
    expect(laterPageParams(pageCount(5000))).toHaveLength(249);
  });
});

describe('matchingPage (the other language’s version of a list)', () => {
  it('keeps the page number when the other list has it, else goes to the first page', () => {
    expect(matchingPage(3, 5)).toBe(3);
    expect(matchingPage(5, 5)).toBe(5);
    expect(matchingPage(6, 5)).toBe(1);
    expect(matchingPage(1, 1)).toBe(1);
  });
});

describe('pageNumbers', () => {
  it('shows every number when there are few pages', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(2, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it.each<[number, number, PageSlot[]]>([
    [1, 50, [1, 2, 3, 4, 5, 'gap', 50]],
    [3, 50, [1, 2, 3, 4, 5, 'gap', 50]],
    [4, 50, [1, 2, 3, 4, 5, 'gap', 50]],
    [5, 50, [1, 'gap', 4, 5, 6, 'gap', 50]],
    [25, 50, [1, 'gap', 24, 25, 26, 'gap', 50]],
    [46, 50, [1, 'gap', 45, 46, 47, 'gap', 50]],
    [47, 50, [1, 'gap', 46, 47, 48, 49, 50]],
    [50, 50, [1, 'gap', 46, 47, 48, 49, 50]],
    [1, 8, [1, 2, 3, 4, 5, 'gap', 8]],
    [5, 8, [1, 'gap', 4, 5, 6, 7, 8]],
  ])('page %i of %i: %j', (current, pages, expected) => {
    expect(pageNumbers(current, pages)).toEqual(expected);
  });

  it('for every page of long lists: the current, first and last pages and their neighbours, in order, in 7 slots, no gap for one number', () => {
    for (const pages of [8, 9, 10, 23, 101, 1000]) {
      for (let current = 1; current <= pages; current++) {
        const slots = pageNumbers(current, pages);
        const where = `page ${current} of ${pages}: ${JSON.stringify(slots)}`;
        expect(slots, where).toHaveLength(7);
        const numbers = slots.filter((s): s is number => s !== 'gap');
        for (const n of [1, pages, current, Math.max(1, current - 1), Math.min(pages, current + 1)]) expect(numbers, where).toContain(n);
        expect(numbers, where).toEqual([...numbers].sort((a, b) => a - b));
        expect(new Set(numbers).size, where).toBe(numbers.length);
        slots.forEach((s, i) => {
          if (s !== 'gap') return;
          const before = slots[i - 1] as number;
          const after = slots[i + 1] as number;
          expect(after - before, `${where}: a gap stands for at least two numbers`).toBeGreaterThan(2);
        });
      }
    }
  });

  it('takes a narrower window on request', () => {
    expect(pageNumbers(10, 50, 0)).toEqual([1, 'gap', 10, 'gap', 50]);
    expect(pageNumbers(2, 50, 0)).toEqual([1, 2, 3, 'gap', 50]);
  });

  it('refuses pages that do not exist', () => {
    expect(() => pageNumbers(0, 5)).toThrow(RangeError);
    expect(() => pageNumbers(6, 5)).toThrow(RangeError);
    expect(() => pageNumbers(1, 0)).toThrow(RangeError);
  });
});
