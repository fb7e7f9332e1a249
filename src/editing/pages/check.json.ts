// GET /edit/check.json?file=… (or ?page=<address>): the editor check's problems and warnings for one content file, or
// for all of content/, for the check panel in the edit server's toolbar. Edit server only (src/editing/integration.ts).
import type { APIRoute } from 'astro';
import { fileForPage, problemsIn } from '@/lib/authoring/page-file';
import { checkedContent } from '@/lib/checks/checked-content';

export const prerender = false;

export const GET: APIRoute = ({ url }) => {
  const report = checkedContent(process.cwd());
  const page = url.searchParams.get('page');
  const file = url.searchParams.get('file') || (page ? fileForPage(page) : undefined);
  return Response.json({
    file: file ?? null,
    problems: problemsIn(report.problems, file),
    warnings: problemsIn(report.warnings, file),
    total: { problems: report.problems.length, warnings: report.warnings.length },
  });
};
