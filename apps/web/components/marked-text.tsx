import { segments, type Mark } from "../lib/highlight";

/** Text with each event's evidence as a <mark> linking to that event's card. */
export function MarkedText({ text, marks }: { text: string; marks: Mark[] }) {
  return (
    <>
      {segments(text, marks).map((s, i) =>
        s.events.length === 0 ? (
          <span key={i}>{s.text}</span>
        ) : (
          <a
            key={i}
            href={`#event-${s.events[0]}`}
            className={`evidence e${s.events[0]! % 6}`}
            title={`Evidence of event ${s.events.map((e) => e + 1).join(", ")}`}
          >
            <mark>{s.text}</mark>
          </a>
        ),
      )}
    </>
  );
}
