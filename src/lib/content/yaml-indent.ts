// Finds the line whose indentation breaks a YAML file, the way an editor would look for it: each line must line up with
// a line above it at the same level (a field with the other fields of its entry, a list item with the other items),
// or sit deeper under a field that opens a block ('note:'). The YAML parser says only where it got lost, which is often
// the line before, and in words ('Nested mappings are not allowed in compact mappings') that suggest a quoting mistake.
// Used only once the parser has failed (yaml.ts), to say which line to move and where to.

export interface IndentProblem {
  /** The line to fix, in the whole file. */
  line: number;
  en: string;
  ko: string;
}

interface Level {
  col: number;
  /** A list's items ('- …') or a group of fields ('key: …'). */
  kind: 'seq' | 'map';
  /** The latest line at this level, and how to name it in a message. */
  line: number;
  name: { en: string; ko: string };
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\]}&*!|>%@`-][^:#]*?|-[^\s:#][^:#]*?):(?=\s|$)/;

/** Whether a flow collection ({…} or […]) or a quoted text is still open at the end of `text`, given the state before it. */
function scan(text: string, state: { depth: number; quote: string | undefined }): void {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (state.quote) {
      if (state.quote === '"' && ch === '\\') i++;
      else if (ch === state.quote) {
        if (state.quote === "'" && text[i + 1] === "'") i++;
        else state.quote = undefined;
      }
      continue;
    }
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return;
    if ((ch === '"' || ch === "'") && (i === 0 || /[\s,[{:]/.test(text[i - 1]!))) state.quote = ch;
    else if (ch === '{' || ch === '[') state.depth++;
    else if ((ch === '}' || ch === ']') && state.depth > 0) state.depth--;
  }
}

/** How far a line is indented, in words: 'starts after 2 spaces' / '2칸 들여 썼는데'. */
const starts = (n: number) =>
  n === 0
    ? { en: 'starts at the very beginning of its line', ko: '들여 쓰지 않았' }
    : { en: `starts after ${n} space${n === 1 ? '' : 's'}`, ko: `${n}칸 들여 썼` };

/** How to fix a line: indent it by `n` spaces. */
const indentBy = (line: number, n: number) =>
  n === 0
    ? { en: `start line ${line} at the very beginning, with no spaces`, ko: `${line}번째 줄 앞의 공백을 모두 지우세요` }
    : { en: `indent line ${line} by ${n} space${n === 1 ? '' : 's'}`, ko: `${line}번째 줄을 ${n}칸 들여 쓰세요` };

/**
 * The first line whose indentation fits nothing above it, with the line it should line up with; undefined if none.
 * `text` starts on line `firstLine` of its file (frontmatter starts on line 2).
 */
export function indentationProblem(text: string, firstLine = 1): IndentProblem | undefined {
  const levels: Level[] = [];
  let opens = false;
  let blockCol: number | undefined;
  const flow = { depth: 0, quote: undefined as string | undefined };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const n = i + firstLine;
    if (flow.depth > 0 || flow.quote) {
      scan(raw, flow);
      continue;
    }
    if (/^\s*(#.*)?$/.test(raw)) continue;
    const lead = /^[ \t]*/.exec(raw)![0];
    const col = lead.length;
    if (blockCol !== undefined) {
      if (col > blockCol) continue;
      blockCol = undefined;
    }
    if (lead.includes('\t')) {
      return {
        line: n,
        en: `line ${n} is indented with a tab, and YAML is indented with spaces only: replace the tab with spaces, lining the line up with the one above it at the same level`,
        ko: `${n}번째 줄을 탭으로 들여 썼습니다. YAML은 공백(스페이스)으로만 들여 씁니다. 탭을 지우고 같은 단계의 윗줄과 맞춰 공백으로 들여 쓰세요`,
      };
    }
    const content = raw.slice(col);
    const dash = /^-(?=\s|$)\s*/.exec(content);
    const inner = dash ? content.slice(dash[0].length) : content;
    const key = KEY.exec(inner);
    const kind = dash ? 'seq' : 'map';
    const shown = content.length > 40 ? `${content.slice(0, 40)}…` : content;
    const name = dash
      ? { en: `the list item '${shown}'`, ko: `목록 항목 '${shown}'은(는)` }
      : { en: `'${key?.[1] ?? shown}:'`, ko: `'${key?.[1] ?? shown}:'은(는)` };

    const top = levels.at(-1);
    if (!top || (opens && col > top.col) || (opens && dash && top.kind === 'map' && col === top.col)) {
      levels.push({ col, kind, line: n, name });
    } else {
      const at = levels.findLastIndex((l) => l.col === col && l.kind === kind);
      if (at < 0) {
        // Line it up with the nearest level of the same kind (a field with fields, an item with items); the deeper on a tie.
        const same = levels.filter((l) => l.kind === kind);
        const pool = same.length > 0 ? same : levels;
        const want = pool.reduce((best, l) => (Math.abs(l.col - col) <= Math.abs(best.col - col) ? l : best));
        const here = starts(col);
        const there = starts(want.col);
        const fix = indentBy(n, want.col);
        const what = dash ? { en: 'this list item', ko: '이 목록 항목은' } : { en: `'${key?.[1] ?? shown}:'`, ko: `'${key?.[1] ?? shown}:'은(는)` };
        const newEntry =
          !dash && levels.some((l) => l.col === col && l.kind === 'seq')
            ? { en: "; if it starts a new entry instead, begin it with '- '", ko: ". 새 항목의 시작이라면 앞에 '- '를 붙이세요" }
            : { en: '', ko: '' };
        return {
          line: n,
          en: `bad indentation on line ${n}: ${what.en} ${here.en}, but ${want.name.en} on line ${want.line}, at the same level, ${there.en}: line the two up (${fix.en})${newEntry.en}`,
          ko: `${n}번째 줄의 들여쓰기가 맞지 않습니다. ${what.ko} ${here.ko}는데, 같은 단계인 ${want.line}번째 줄의 ${want.name.ko} ${there.ko}습니다. 두 줄이 나란하도록 ${fix.ko}${newEntry.ko}`,
        };
      }
      levels.length = at + 1;
      levels[at]!.line = n;
      levels[at]!.name = name;
    }
    const value = key ? inner.slice(key[0].length) : dash ? inner : '';
    // A list item that starts with a field ('- id: x') opens the fields of its entry, lined up under that field.
    if (dash && key) levels.push({ col: col + dash[0].length, kind: 'map', line: n, name: { en: `'${key[1]}' in '${shown}'`, ko: `'${shown}'의 '${key[1]}'은(는)` } });
    const rest = value.replace(/\s+#.*$/, '').trim();
    opens = (key !== null && rest === '') || (dash !== null && inner.trim() === '');
    if (/^[|>][-+0-9]*$/.test(rest)) blockCol = dash && key ? col + dash[0].length : col;
    scan(value, flow);
  }
  return undefined;
}
