// Reads YAML the way editors wrote it: dates stay the text they typed (YAML 1.2 core schema: no silent roll-over of
// 2025-02-30 into March), and every key keeps its line, so a problem can name the line it is on.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { indentationProblem } from './yaml-indent';

export type YamlPath = readonly (string | number)[];

export interface YamlSource {
  /** The plain value: maps, lists, strings, numbers, booleans and null; never a Date. */
  value: unknown;
  /** The line (counted in the whole file) of the key or list item at `path`, or of its nearest existing parent. */
  lineOf(path: YamlPath): number | undefined;
}

export interface YamlSyntaxError {
  /** In the whole file. */
  line: number;
  /** What is wrong in plain words, with the parser's own reason in brackets. */
  en: string;
  ko: string;
  /** The message names the line and the fix itself (bad indentation): no general advice needs adding. */
  precise?: true;
}

/** The parser's usual complaints, said the way an editor would fix them. */
const PLAIN: Record<string, { en: string; ko: string }> = {
  BAD_INDENT: { en: 'bad indentation', ko: '들여쓰기가 맞지 않습니다' },
  TAB_AS_INDENT: { en: 'a tab is used for indentation; indent with spaces', ko: '들여쓰기에 탭을 썼습니다. 공백으로 들여 쓰세요' },
  DUPLICATE_KEY: { en: 'a field is written twice', ko: '같은 항목이 두 번 쓰였습니다' },
  BLOCK_AS_IMPLICIT_KEY: { en: "a value contains ': '; put the value in quotes", ko: "값에 ': '가 들어 있습니다. 값을 따옴표로 감싸세요" },
  BAD_SCALAR_START: { en: 'a value starts with a reserved character; put the value in quotes', ko: '값이 특수 문자로 시작합니다. 값을 따옴표로 감싸세요' },
  BLOCK_IN_FLOW: {
    en: "a value inside { … } or [ … ] contains ': '; put that value in quotes",
    ko: "{ … }나 [ … ] 안의 값에 ': '가 들어 있습니다. 그 값을 따옴표로 감싸세요",
  },
  MISSING_QUOTE: {
    en: 'a quotation mark is opened but never closed; close it at the end of the value',
    ko: '따옴표를 열고 닫지 않았습니다. 값의 끝에 닫는 따옴표를 쓰세요',
  },
};

function plain(code: string, reason: string): { en: string; ko: string } {
  const known =
    PLAIN[code] ?? (/^Missing closing .?quote/i.test(reason) ? PLAIN.MISSING_QUOTE : /indicator|indent/i.test(reason) ? PLAIN.BAD_INDENT : undefined);
  return known ? { en: `${known.en} (${reason})`, ko: `${known.ko} (${reason})` } : { en: reason, ko: reason };
}

/** Where in a node's source a path leads: the key of a map entry, or the item of a list. */
function offsetOf(node: unknown, path: YamlPath): number | undefined {
  let current = node;
  let offset: number | undefined = (current as Node | undefined)?.range?.[0];
  for (const step of path) {
    if (isMap(current)) {
      const pair = current.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return offset;
      offset = (pair.key as Node).range?.[0] ?? offset;
      current = pair.value;
    } else if (isSeq(current) && /^\d+$/.test(String(step))) {
      // A list index, as a number or as the text a field path holds ('batches.0.stages').
      const item = current.items[Number(step)];
      if (!item) return offset;
      offset = (item as Node).range?.[0] ?? offset;
      current = item;
    } else return offset;
  }
  return offset;
}

/**
 * Parse `text`, which starts on line `firstLine` of its file (frontmatter starts on line 2). A syntax error gives its
 * line and the parser's reason, without the parser's own position (it counts from the start of the YAML, not the file).
 */
export function parseYaml(text: string, firstLine = 1): { source: YamlSource } | { error: YamlSyntaxError } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, schema: 'core', prettyErrors: true, uniqueKeys: true });
  const fileLine = (offset: number | undefined) => (offset === undefined ? undefined : lines.linePos(offset).line + firstLine - 1);
  const first = doc.errors[0];
  if (first) {
    const line = fileLine(first.pos[0]) ?? firstLine;
    // The parser stops where it got lost, on or just after the line that is out of step (a field indented one space
    // too far reads to it as a value with ': ' in it): a line whose indentation fits nothing above it, near there, is the cause.
    const indent = indentationProblem(text, firstLine);
    if (indent && indent.line >= line - 3 && indent.line <= line + 2) return { error: { ...indent, precise: true } };
    const reason = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { error: { line, ...plain(first.code, reason) } };
  }
  return {
    source: {
      value: doc.toJS(),
      lineOf: (path) => fileLine(offsetOf(doc.contents, path)),
    },
  };
}
