// The editor check's problems as GitHub Actions workflow commands (`::error file=…,line=…,title=…::…`), so in a pull
// request each mistake shows on its own line of the changed file, in English and Korean; warnings as `::warning`.
import type { Problem } from './problems';

/** A command's message: GitHub reads %, CR and LF as escapes there (a line break is written %0A). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property (file, title…): commas and colons separate properties, so they are escaped too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(level: 'error' | 'warning', p: Problem): string {
  const title = `편집 검사 · editor check${p.field ? ` [${p.field}]` : ''}`;
  const props = [`file=${escapeProperty(p.file)}`, ...(p.line ? [`line=${p.line}`] : []), `title=${escapeProperty(title)}`];
  return `::${level} ${props.join(',')}::${escapeData(`${p.en}\n${p.ko}`)}`;
}

/** One line per problem (`::error`) and per warning (`::warning`), for `npm run check` in GitHub Actions. */
export function githubAnnotations(problems: Problem[], warnings: Problem[] = []): string[] {
  return [...problems.map((p) => annotation('error', p)), ...warnings.map((w) => annotation('warning', w))];
}
