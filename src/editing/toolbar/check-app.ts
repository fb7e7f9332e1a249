// The edit server's toolbar app "편집 검사 · Editor check": the editor check's messages (file, line, field, fix, in Korean
// and English) for the file being edited — the article open in Keystatic, the article previewed, the data form shown —
// refreshed whenever a file in content/ is saved. Its icon turns red while that file has a problem.
import { defineToolbarApp } from 'astro/toolbar';
import type { Problem } from '@/lib/checks/problems';

interface CheckAnswer {
  file: string | null;
  problems: Problem[];
  warnings: Problem[];
  total: { problems: number; warnings: number };
}

/** The toolbar event the edit server sends after a file in content/ changes. */
export const CONTENT_CHANGED = 'gpu-edit:content-changed';

const STYLE = `
  astro-dev-toolbar-window { max-height: 70vh; overflow: auto; width: min(720px, 90vw); }
  h2 { font-size: 1rem; margin: 0 0 .5rem; }
  ul { list-style: none; margin: 0; padding: 0; display: grid; gap: .5rem; }
  li { border-left: 4px solid #f87171; padding: .25rem .5rem; background: rgba(255,255,255,.04); }
  li[data-level="warning"] { border-color: #fbbf24; }
  .where { font-family: monospace; font-size: .8rem; opacity: .8; }
  p { margin: .25rem 0; }
  a { color: #a5b4fc; }
`;

function item(p: Problem, level: 'problem' | 'warning'): HTMLLIElement {
  const li = document.createElement('li');
  li.dataset.level = level;
  li.dataset.problem = '';
  const where = document.createElement('div');
  where.className = 'where';
  where.textContent = `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` [${p.field}]` : ''}`;
  const ko = document.createElement('p');
  ko.lang = 'ko';
  ko.textContent = p.ko;
  const en = document.createElement('p');
  en.lang = 'en';
  en.textContent = p.en;
  li.append(where, ko, en);
  return li;
}

function render(win: HTMLElement, answer: CheckAnswer): void {
  const title = document.createElement('h2');
  const what = answer.file ?? '콘텐츠 전체 · all of content/';
  const n = answer.problems.length;
  title.textContent = n ? `고칠 문제 ${n}건 · ${n} problem(s) to fix — ${what}` : `문제 없음 · no problems — ${what}`;
  const list = document.createElement('ul');
  list.append(...answer.problems.map((p) => item(p, 'problem')), ...answer.warnings.map((w) => item(w, 'warning')));
  const all = document.createElement('p');
  all.innerHTML = `<a href="/edit/">콘텐츠 전체 검사 결과 · the whole check</a> (${answer.total.problems} / ${answer.total.warnings})`;
  const note = document.createElement('p');
  note.textContent = answer.file
    ? '저장한 내용을 검사합니다 · checks what is saved'
    : '기사나 데이터를 열면 그 파일만 봅니다 · open a file to see its own';
  win.replaceChildren(title, list, note, all);
}

export default defineToolbarApp({
  init(canvas, app, server) {
    const style = document.createElement('style');
    style.textContent = STYLE;
    const win = document.createElement('astro-dev-toolbar-window');
    win.dataset.editorCheck = '';
    canvas.append(style, win);
    let shown = '';
    async function refresh(): Promise<void> {
      shown = location.pathname;
      const res = await fetch(`/edit/check.json?page=${encodeURIComponent(location.pathname)}`);
      const answer = (await res.json()) as CheckAnswer;
      render(win, answer);
      const state = answer.problems.length + answer.warnings.length > 0;
      app.toggleNotification({ state, level: answer.problems.length ? 'error' : 'warning' });
    }
    app.onToggled(({ state }) => {
      if (state) void refresh();
    });
    server.on(CONTENT_CHANGED, () => void refresh());
    // Keystatic moves between articles without loading a page.
    setInterval(() => {
      if (location.pathname !== shown) void refresh();
    }, 1000);
    void refresh();
  },
});
