import { HEIGHT, WIDTH, getWorld, project } from "../lib/world";
import { markerRadius, typeClass } from "../lib/event-style";
import type { EventTypeName } from "@sitrep/schema";

export interface MapMarker {
  id: string;
  lat: number | null;
  lon: number | null;
  killed: number | null;
  eventType: EventTypeName;
  label: string;
  href?: string;
}

/**
 * The world as SVG, drawn on the server from Natural Earth shapes, with one marker per event:
 * sized by fatalities, coloured by type. `focus` zooms on one point (an event's own small map).
 */
export function WorldMap({
  markers,
  label,
  focus,
}: {
  markers: MapMarker[];
  label: string;
  focus?: { lat: number; lon: number };
}) {
  const world = getWorld();
  const centre = focus ? project(focus.lat, focus.lon) : null;
  const zoom = centre ? 8 : 1;
  const [w, h] = [WIDTH / zoom, HEIGHT / zoom];
  const viewBox = centre
    ? `${Math.round(centre[0] - w / 2)} ${Math.round(centre[1] - h / 2)} ${w} ${h}`
    : `0 0 ${WIDTH} ${HEIGHT}`;
  const placed = markers.flatMap((m) => {
    const p = project(m.lat, m.lon);
    return p ? [{ ...m, x: p[0], y: p[1] }] : [];
  });
  // An image may not hold links (axe: nested-interactive): a map of links is a group.
  const interactive = placed.some((m) => m.href);
  // Biggest first, so small markers stay on top and clickable.
  placed.sort((a, b) => (b.killed ?? 0) - (a.killed ?? 0));
  return (
    <figure className={`map${focus ? " map-small" : ""}`}>
      <svg
        viewBox={viewBox}
        role={interactive ? "group" : "img"}
        aria-labelledby="map-title"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id="map-title">{label}</title>
        <g className="land">
          {world.countries.map((c) => (
            <path key={c.id} d={c.d}>
              <title>{c.name}</title>
            </path>
          ))}
        </g>
        <g className="markers">
          {placed.map((m) => {
            const circle = (
              <circle
                cx={m.x}
                cy={m.y}
                r={markerRadius(m.killed) / Math.sqrt(zoom)}
                className={`marker ${typeClass(m.eventType)}`}
              />
            );
            return m.href ? (
              <a key={m.id} href={m.href} aria-label={m.label}>
                <title>{m.label}</title>
                {circle}
              </a>
            ) : (
              <g key={m.id}>
                <title>{m.label}</title>
                {circle}
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption>
        {placed.length === markers.length
          ? `${placed.length} events on the map`
          : `${placed.length} of ${markers.length} events on the map (the others have no coordinates)`}
        . Country shapes: Natural Earth.
      </figcaption>
    </figure>
  );
}
