// Choosing part of the timeline (one recipient's events, or a period): shared by <TimelineExcerpt> and the checker.
import type { TimelineEvent, WithId } from './schemas';

export interface TimelineFilter {
  recipient?: string | undefined;
  /** YYYY-MM-DD or YYYY-MM; events dated only to a month count as that whole month. */
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
}

/** Events matching the filter, oldest first. */
export function selectEvents(events: WithId<TimelineEvent>[], filter: TimelineFilter): WithId<TimelineEvent>[] {
  const { recipient, from, to, limit } = filter;
  const picked = events
    .filter((e) => !recipient || e.recipients.includes(recipient))
    // Compare as strings on the shorter precision, so '2025-10' includes '2025-10-31' and vice versa.
    .filter((e) => !from || e.date.slice(0, from.length) >= from.slice(0, e.date.length))
    .filter((e) => !to || e.date.slice(0, to.length) <= to.slice(0, e.date.length))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return limit ? picked.slice(0, limit) : picked;
}
