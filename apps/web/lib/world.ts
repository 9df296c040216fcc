import { geoNaturalEarth1, geoPath, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries110m from "world-atlas/countries-110m.json";

export const WIDTH = 960;
export const HEIGHT = 500;

interface World {
  projection: GeoProjection;
  countries: Array<{ id: string; name: string; d: string }>;
}

let world: World | undefined;

/**
 * Natural Earth's countries (1:110m, from world-atlas) projected once per process into SVG
 * paths: the map is drawn on the server, with no tile server and nothing fetched.
 */
export function getWorld(): World {
  if (world) return world;
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const shapes = feature(topology, topology.objects.countries);
  const projection = geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [WIDTH - 4, HEIGHT - 4],
    ],
    { type: "Sphere" },
  );
  const path = geoPath(projection).digits(1);
  const countries = shapes.features
    .map((f, i) => ({ id: String(f.id ?? i), name: f.properties?.name ?? "", d: path(f) ?? "" }))
    .filter((c) => c.d);
  world = { projection, countries };
  return world;
}

/** A point's place on the map, or null when it has no coordinates. */
export function project(lat: number | null, lon: number | null): [number, number] | null {
  if (lat === null || lon === null) return null;
  const p = getWorld().projection([lon, lat]);
  return p ? [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10] : null;
}
