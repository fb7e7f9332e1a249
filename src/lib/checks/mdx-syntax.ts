// The MDX compiler's errors in plain words, with the fix: what editors read when an article does not compile.
import type { MdxSyntaxError } from '../content/mdx-analysis';

/** Plain-language versions of the MDX compiler's most common errors. */
export function explainSyntaxError(error: MdxSyntaxError): { en: string; ko: string } {
  const m = error.message;
  let closing: RegExpExecArray | null;
  if (/Unexpected character .* after `<`|Unexpected character after `<`/.test(m)) {
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
