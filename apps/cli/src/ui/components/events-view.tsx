import { Box } from "#ink";
import { Text } from "./text.js";
import type { ReactElement } from "react";
import type { EventGroup } from "@sitrep/store";
import { stripControls } from "../../text/strip-controls.js";
import { windowAround } from "../window.js";

const sources = (n: number) => `${n} source${n === 1 ? "" : "s"}`;

/** Grouped events, newest day first, a day heading before each day's events. */
export function EventsView({ events, selected, height }: { events: EventGroup[]; selected: number; height: number }) {
  if (events.length === 0) return <Text>No events yet: ingest some articles first.</Text>;
  const { start, end } = windowAround(selected, events.length, Math.max(1, Math.floor(height / 2)));
  const rows: ReactElement[] = [];
  let lastDay: string | null = null;
  events.slice(start, end).forEach((g, i) => {
    const day = g.date.start ?? "date unknown";
    if (day !== lastDay) {
      rows.push(
        <Text key={`d${start + i}`} bold underline>
          {day}
        </Text>,
      );
      lastDay = day;
    }
    const place = g.location
      ? [g.location.name, g.location.admin1, g.location.country]
          .filter((x, j, all) => x && all.indexOf(x) === j)
          .join(", ")
      : "place unknown";
    const toll = g.killed === null ? "" : ` · ${g.killed} killed`;
    rows.push(
      <Text key={g.id} inverse={start + i === selected} wrap="truncate-end">
        {`  ${g.subEventType} · ${stripControls(place)}${toll} · ${sources(g.articleCount)}`}
      </Text>,
    );
  });
  return <Box flexDirection="column">{rows}</Box>;
}
