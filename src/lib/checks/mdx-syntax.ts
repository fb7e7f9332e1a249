// The MDX compiler's errors in plain words, with the fix: what editors read when an article does not compile.
import type { MdxSyntaxError } from '../content/mdx-analysis';

/**
 * Plain-language versions of the MDX compiler's most common errors; `source` (the whole file) lets an error be told
 * apart by what is written on its line.
 */
export function explainSyntaxError(error: MdxSyntaxError, source?: string): { en: string; ko: string } {
  const m = error.message;
  let closing: RegExpExecArray | null;
  // '<!' is where the compiler stops on an HTML comment, which editors coming from HTML or Markdown write for notes.
  if (
    /Unexpected character `!` \(U\+0021\) before name/.test(m) &&
    (source === undefined || source.split('\n')[error.line - 1]?.includes('<!--'))
  ) {
    return {
      en: 'an HTML comment <!-- … --> does not work in MDX and stops the build: for a note that stays in the file and never shows on the page, write {/* … */} instead, e.g. {/* check this figure */}; or delete it',
      ko: 'MDX에서는 HTML 주석 <!-- … -->을 쓸 수 없어 빌드가 멈춥니다. 페이지에 나오지 않고 파일에만 남길 메모는 {/* … */}로 쓰세요(예: {/* 수치 확인 필요 */}). 필요 없는 메모라면 지우세요',
    };
  }
  if (/Unexpected character .* after `<`|Unexpected character after `<`|Unexpected character `!` \(U\+0021\) before name/.test(m)) {
    return {
      en: `'<' must start a component such as <Fig id="…" />; to write the character itself, type \\< (compiler: ${m})`,
      ko: `'<' 뒤에는 <Fig id="…" /> 같은 컴포넌트 이름이 와야 합니다. 글자 '<' 자체를 쓰려면 \\< 로 쓰세요 (컴파일러: ${m})`,
    };
  }
  if ((closing = /Unexpected closing tag `<\/([^`]*)>`, expected corresponding closing tag for `<([^`]*)>`(?: \((\d+):\d+\))?/.exec(m))) {
    return {
      en: `</${closing[1]}> does not close <${closing[2]}>${closing[3] ? ` (opened on line ${closing[3]})` : ''}; make the two names match`,
      ko: `</${closing[1]}>가 <${closing[2]}>${closing[3] ? `(${closing[3]}번째 줄)` : ''}를 닫지 못합니다. 두 이름을 똑같이 맞추세요`,
    };
  }
  if ((closing = /Unexpected closing tag `<\/([^`]*)>`, expected an open tag first/.exec(m))) {
    return {
      en: `</${closing[1]}> closes nothing: there is no <${closing[1]}> open before it; remove it or add the opening tag`,
      ko: `</${closing[1]}> 앞에 여는 태그 <${closing[1]}>가 없습니다. 지우거나 여는 태그를 추가하세요`,
    };
  }
  if ((closing = /Expected a closing tag for `<([^`]*)>`/.exec(m))) {
    const name = closing[1]!;
    return {
      en: `<${name}> is never closed; end it with </${name}>, or if nothing goes inside, write it as <${name} … /> (with the slash)`,
      ko: `<${name}>을(를) 닫지 않았습니다. </${name}>로 닫거나, 안에 넣을 내용이 없으면 <${name} … /> 처럼 끝에 /를 붙이세요`,
    };
  }
  if (/closing brace for `\{`|Could not parse expression|in expression/.test(m)) {
    return {
      en: `'{' starts code in MDX and this one is not valid code; to write the character itself, type \\{ (compiler: ${m})`,
      ko: `MDX에서 '{'는 코드의 시작입니다. 글자 '{' 자체를 쓰려면 \\{ 로 쓰세요 (컴파일러: ${m})`,
    };
  }
  return { en: `the MDX cannot be compiled: ${m}`, ko: `MDX 문법 오류로 변환할 수 없습니다: ${m}` };
}
