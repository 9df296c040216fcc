import { EventsView } from "../components/events-view.js";
import { useBrowse } from "../context.js";
import { useViewKeys } from "../hooks/use-view-keys.js";

/** Events by day: moving keys select an event, Tab returns to the articles. */
export function EventsScreen({ isActive }: { isActive: boolean }) {
  const { state, bodyHeight } = useBrowse();
  useViewKeys({}, isActive);
  return <EventsView events={state.events} selected={state.eventSelected} height={bodyHeight} />;
}
