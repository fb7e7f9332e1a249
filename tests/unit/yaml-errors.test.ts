// YAML that cannot be read, said the way an editor fixes it: a line out of step is named as indentation (which line,
// what it should line up with), not as a value that needs quotes; a real ': ' in a value still asks for quotes.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '@/lib/content/yaml';
import { indentationProblem } from '@/lib/content/yaml-indent';

function errorOf(text: string, firstLine = 1) {
  const parsed = parseYaml(text, firstLine);
  if (!('error' in parsed)) throw new Error('expected a syntax error');
  return parsed.error;
}

describe('YAML syntax errors', () => {
  it('name a field indented one space too far, with the field it should line up with', () => {
    const e = errorOf('- id: a\n  value: 1\n   unit: gpu\n');
    expect(e.line).toBe(3);
    expect(e.en).toBe(
      "bad indentation on line 3: 'unit:' starts after 3 spaces, but 'value:' on line 2, at the same level, starts after 2 spaces: line the two up (indent line 3 by 2 spaces)",
    );
    expect(e.ko).toBe(
      "3번째 줄의 들여쓰기가 맞지 않습니다. 'unit:'은(는) 3칸 들여 썼는데, 같은 단계인 2번째 줄의 'value:'은(는) 2칸 들여 썼습니다. 두 줄이 나란하도록 3번째 줄을 2칸 들여 쓰세요",
    );
    expect(e.en).not.toContain('quotes');
  });

  it("line an entry's first field up with its id", () => {
    const e = errorOf('- id: a\n    value: 1\n  unit: gpu\n');
    expect(e.line).toBe(2);
    expect(e.en).toContain("'value:' starts after 4 spaces, but 'id' in '- id: a' on line 1, at the same level, starts after 2 spaces");
  });

  it('line a list item up with the other items', () => {
    const e = errorOf('- id: a\n  value: 1\n  - id: b\n  value: 2\n');
    expect(e.line).toBe(3);
    expect(e.en).toContain("this list item starts after 2 spaces, but the list item '- id: a' on line 1");
    expect(e.en).toContain('start line 3 at the very beginning, with no spaces');
  });

  it('line a nested field up with its neighbour, and count lines in the whole file (frontmatter starts on line 2)', () => {
    expect(errorOf('- id: a\n  summary:\n    ko: x\n     en: y\n').en).toContain("'en:' starts after 5 spaces, but 'ko:' on line 3");
    const e = errorOf('title: x\n description: y\n', 2);
    expect(e.line).toBe(3);
    expect(e.en).toContain("'description:' starts after 1 space, but 'title:' on line 2");
  });

  it('offer a new entry when a field sits where the list items start', () => {
    expect(errorOf('- id: a\n  value: 1\nunit: gpu\n').en).toContain(
      "indent line 3 by 2 spaces); if it starts a new entry instead, begin it with '- '",
    );
  });

  it('name a tab used for indentation', () => {
    const e = errorOf('- id: a\n\tvalue: 1\n');
    expect(e.line).toBe(2);
    expect(e.en).toContain('indented with a tab');
    expect(e.ko).toContain('탭을 지우고');
  });

  it("still ask for quotes around a value that contains ': '", () => {
    const e = errorOf('- id: a\n  title: 삼성: 새 공장\n');
    expect(e.en).toContain("a value contains ': '; put the value in quotes");
    expect(e.precise).toBeUndefined();
  });

  it('find nothing out of step in well-indented YAML with lists, flow maps and quoted text', () => {
    const text = [
      '# comment',
      '- id: a',
      '  label: { ko: "가: 나", en: b }',
      '  note:',
      '    ko: x',
      '    en: y',
      '  sources: [s1, s2]',
      '  parts:',
      '    - name: { ko: x,',
      '        en: y }',
      '      bought: a',
      '  items:',
      '  - one',
      '  - two',
      '  text: |',
      '    free text',
      '      indented as it likes',
      '- id: b',
    ].join('\n');
    expect(indentationProblem(text)).toBeUndefined();
  });
});
