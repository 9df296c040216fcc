import type { Event } from "@sitrep/schema";
import { formatEventDate, formatFigure, placeLine } from "../lib/format";
import { typeClass } from "../lib/event-style";

const ROLE: Record<string, string> = {
  perpetrator: "by",
  target: "against",
  victim: "victims",
  responder: "responders",
  detainer: "detained by",
  detainee: "detained",
  protester: "protesters",
  claimant: "claimed by",
  accused: "accused",
  accuser: "accused by",
  speaker: "said by",
  party: "party",
};
const CERTAINTY: Record<string, string> = {
  reported_fact: "reports",
  claimed: "claims",
  accused: "accuses",
  suspected: "suspects",
  denied: "denies",
};

function place(e: Event): string {
  return placeLine(e.location?.name, e.location?.admin1?.name, e.location?.country?.name);
}

/** Everything Sitrep coded about one event, as a card the evidence in the text links to. */
export function EventCard({
  event,
  n,
  groupId,
  articles,
}: {
  event: Event;
  n: number;
  groupId?: string;
  articles?: number;
}) {
  const l = event.location;
  return (
    <article
      className={`event-card ${typeClass(event.type.eventType)}`}
      id={`event-${n}`}
      aria-labelledby={`event-${n}-title`}
      tabIndex={-1}
    >
      <h3 id={`event-${n}-title`}>
        <span className="swatch" aria-hidden="true" />
        {event.type.subEventType}
        <span className="type"> · {event.type.eventType}</span>
      </h3>
      <p className="summary">{event.summary}</p>
      <dl>
        <dt>When</dt>
        <dd>
          {formatEventDate(event.date)}{" "}
          <span className="muted">
            ({event.date.precision}
            {event.date.basis === "reported" ? ", date of report" : ""})
          </span>
        </dd>
        <dt>Where</dt>
        <dd>
          {place(event)}
          {l ? (
            <span className="muted">
              {" "}
              ({l.precision.replace("_", " ")}
              {l.coordinates ? `, ${l.coordinates.lat.toFixed(3)}, ${l.coordinates.lon.toFixed(3)}` : ""})
            </span>
          ) : null}
        </dd>
        {event.actors.length > 0 ? (
          <>
            <dt>Who</dt>
            <dd>
              <ul className="plain">
                {event.actors.map((a, i) => (
                  <li key={i}>
                    <span className="muted">{ROLE[a.role] ?? a.role}:</span> {a.name}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {event.weapons.length > 0 ? (
          <>
            <dt>Weapons</dt>
            <dd>{event.weapons.map((w) => (w.count ? `${w.text}` : w.kind.replace("_", " "))).join("; ")}</dd>
          </>
        ) : null}
        <dt>Killed</dt>
        <dd>{formatFigure(event.casualties.killed)}</dd>
        <dt>Injured</dt>
        <dd>{formatFigure(event.casualties.injured)}</dd>
        {event.effects.length > 0 ? (
          <>
            <dt>Effects</dt>
            <dd>{event.effects.map((f) => `${f.kind} ${f.object}`).join("; ")}</dd>
          </>
        ) : null}
        {event.stage !== "happened" ? (
          <>
            <dt>Stage</dt>
            <dd>{event.stage}</dd>
          </>
        ) : null}
        {event.attributions.length > 0 ? (
          <>
            <dt>Says who</dt>
            <dd>
              <ul className="plain">
                {event.attributions.map((a, i) => (
                  <li key={i}>
                    {a.source}{" "}
                    <span className="muted">
                      {CERTAINTY[a.certainty]}
                      {a.channel ? `, ${a.channel}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {groupId ? (
        <p className="card-link">
          <a href={`/events/${groupId}`}>
            {articles && articles > 1 ? `Reported by ${articles} articles` : "Event page"} →
          </a>
        </p>
      ) : null}
    </article>
  );
}
