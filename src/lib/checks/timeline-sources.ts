// Warnings, never errors: a timeline event that cites a source with neither a date nor an address (url) in
// sources.yaml. Both are optional there — a report known only through others has no url, and some dates are not known
// — but with neither, a reader of the timeline can neither open the report nor tell when it came out, so the event's
// date rests on nothing they can check. The editor adds what is known, or cites a source that has it.
import { contentPaths } from '../content/paths';
import type { Source, TimelineEvent, WithId } from '../content/schemas';
import type { Problem } from './problems';

export function untraceableSourceWarnings(timeline: WithId<TimelineEvent>[], sources: WithId<Source>[]): Problem[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return timeline.flatMap((e) =>
    e.sources.flatMap((id): Problem[] => {
      const s = byId.get(id);
      // An unknown source is a problem reported by the cross-checks.
      if (!s || s.date || s.url) return [];
      return [
        {
          file: contentPaths.timeline,
          field: `${e.id}.sources`,
          en: `cites '${id}' (${s.publisher}), which has neither a date nor a url in ${contentPaths.sources}: readers of the timeline cannot open it or see when it was published; add its date and url there if they are known, or cite a source that has them`,
          ko: `'${id}'(${s.publisher})을(를) 인용했는데, ${contentPaths.sources}에 이 출처의 날짜(date)도 주소(url)도 없습니다. 타임라인 독자가 보도를 찾아보거나 언제 나왔는지 알 수 없으니, 알고 있다면 그 파일에 날짜와 주소를 적거나 둘이 있는 출처를 인용하세요`,
        },
      ];
    }),
  );
}
