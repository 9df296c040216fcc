import type { EventBadge } from "@sitrep/store";
import { typeClass } from "../lib/event-style";

/** One badge per kind of event an article reports, the main event first, with the toll when known. */
export function EventBadges({ events }: { events: EventBadge[] }) {
  const seen = new Map<string, EventBadge & { killedTotal: number | null }>();
  for (const e of events) {
    const prior = seen.get(e.subEventType);
    if (!prior) seen.set(e.subEventType, { ...e, killedTotal: e.killed });
    else if (e.killed !== null) prior.killedTotal = (prior.killedTotal ?? 0) + e.killed;
  }
  if (seen.size === 0) return null;
  return (
    <ul className="badges" aria-label="Events reported">
      {[...seen.values()].slice(0, 4).map((e) => (
        <li key={e.subEventType} className={`badge ${typeClass(e.eventType)}`}>
          <a href={`/events/${e.groupId}`}>
            {e.subEventType}
            {e.killedTotal ? <span className="toll"> · {e.killedTotal} killed</span> : null}
          </a>
        </li>
      ))}
      {seen.size > 4 ? <li className="badge more">+{seen.size - 4}</li> : null}
    </ul>
  );
}
