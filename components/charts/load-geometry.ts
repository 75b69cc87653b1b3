/**
 * Boundaries for the map, fetched after the page from public/geo (scripts/build-map-geometry.ts) together with
 * the ECharts chunk, and registered with ECharts once per map and page session: a second visit to the same level
 * reuses the promise (and the browser's HTTP cache revalidates the file). Not in the first-load bundle.
 */
import type { MapFeature } from "@/lib/charts/region-map-table";
import type { MapGeometry } from "@/lib/charts/map-geometry";

interface GeoJson {
  type: "FeatureCollection";
  features: { properties: MapFeature }[];
}

const loaded = new Map<string, Promise<MapFeature[]>>();

async function fetchAndRegister({ mapName, url }: MapGeometry): Promise<MapFeature[]> {
  const [response, { echarts }] = await Promise.all([fetch(url), import("@/lib/charts/register")]);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const json = (await response.json()) as GeoJson;
  echarts.registerMap(mapName, json as unknown as Parameters<typeof echarts.registerMap>[1]);
  return json.features.map((f) => ({ code: f.properties.code, name: f.properties.name }));
}

/** The regions of a map once its boundaries are registered; a failed load is forgotten so a retry fetches again. */
export function loadGeometry(geometry: MapGeometry): Promise<MapFeature[]> {
  let promise = loaded.get(geometry.mapName);
  if (!promise) {
    promise = fetchAndRegister(geometry);
    promise.catch(() => loaded.delete(geometry.mapName));
    loaded.set(geometry.mapName, promise);
  }
  return promise;
}
