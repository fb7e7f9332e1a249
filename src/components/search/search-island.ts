// <site-search>: queries the Pagefind index (built after the site) and lists matching articles with excerpts. On
// Korean pages the query is also searched as the index's words for Korean (particles off, compounds split).
import { readableExcerpt, withoutAddedTitleWords } from '@/lib/search/excerpt';
import { koreanQuery, queryWords } from '@/lib/search/query';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindHit {
  id: string;
  data(): Promise<PagefindResult>;
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  search(q: string): Promise<{ results: PagefindHit[] }>;
}

class SiteSearch extends HTMLElement {
  private pagefind?: Promise<Pagefind>;
  private timer?: number;
  private latest = 0;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!form || !input) return;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run(input.value);
    });
    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.run(input.value), 250);
    });
    const initial = new URLSearchParams(location.search).get('q');
    if (initial) {
      input.value = initial;
      void this.run(initial);
    } else if (input.value.trim()) {
      // Typed before the island loaded (src/components/Island.astro waits for the page to load).
      void this.run(input.value);
    }
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const base = this.dataset.base ?? '/';
      // Pagefind loads the index of the page's <html lang>; results link to paths under the base.
      const module = (await import(/* @vite-ignore */ `${this.dataset.bundle}pagefind.js`)) as Pagefind;
      await module.options({ baseUrl: base });
      return module;
    })();
    return this.pagefind;
  }

  private async run(query: string): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-results]')!;
    const q = query.trim();
    const ticket = ++this.latest;
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = this.dataset.searching ?? '';
    try {
      const pagefind = await this.load();
      const results = await this.find(pagefind, q);
      const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
      if (ticket !== this.latest) return;
      const words = queryWords(q, document.documentElement.lang.startsWith('ko'));
      list.replaceChildren(...data.map((d) => this.item(d, words)));
      status.textContent = (this.dataset.count ?? '{n}').replace('{n}', String(data.length));
    } catch {
      if (ticket === this.latest) status.textContent = this.dataset.unavailable ?? '';
    }
  }

  /**
   * The query as typed, then (Korean pages) as the index's words: pages with the very words come first, then the
   * pages the particles or compounds would hide.
   */
  private async find(pagefind: Pagefind, q: string): Promise<PagefindHit[]> {
    const typed = q.toLowerCase().split(/\s+/).join(' ');
    const words = document.documentElement.lang.startsWith('ko') ? koreanQuery(q) : typed;
    const searches = await Promise.all([pagefind.search(q), ...(words && words !== typed ? [pagefind.search(words)] : [])]);
    const seen = new Set<string>();
    return searches.flatMap((s) => s.results).filter((r) => !seen.has(r.id) && seen.add(r.id));
  }

  private item(d: PagefindResult, words: string[]): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'py-3';
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title ? withoutAddedTitleWords(d.meta.title) : d.url;
    a.className = 'text-lg font-bold';
    const p = document.createElement('p');
    p.className = 'mt-1 text-muted';
    // Pagefind's excerpt is text from our own pages with <mark> around the matches, less the words the index adds,
    // each mark narrowed to the letters that matched (src/lib/search/excerpt.ts).
    p.innerHTML = readableExcerpt(d.excerpt, words);
    li.append(a, p);
    return li;
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
