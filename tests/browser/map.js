// Draws the bundled incidents on a map with Observable Plot's geo marks: country outlines from
// Natural Earth (world-atlas 1:50m), one mark per place that has incidents, at the place's
// representative point. The mark says what the point stands for: a filled dot for a settlement,
// a ring for a province, country or region (the incident happened somewhere inside), a line
// for a border or canal. A second panel zooms on the Tajik–Afghan border around Badakhshan.
import * as Plot from '@observablehq/plot';
import { feature } from 'topojson-client';
import { dataset, toGeoJson } from 'central-asia-security';

// The zoom panel's extent [west, south, east, north]; d3 wants its ring clockwise.
const ZOOM = [66.3, 35.9, 75.3, 39.9];
const [W, S, E, N] = ZOOM;
const zoomBox = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [W, S],
        [W, N],
        [E, N],
        [E, S],
        [W, S],
      ],
    ],
  },
};
const inZoom = (m) => m.lon >= W && m.lon <= E && m.lat >= S && m.lat <= N;

// ISO 3166-1 numeric ids (world-atlas) of the five Central Asian states and Afghanistan.
const FOCUS = ['398', '417', '762', '795', '860', '004'];
const RINGS = new Set(['province', 'country', 'region']);
const PRECISIONS = ['village', 'district', 'province', 'country', 'region', 'line'];

try {
  const world = await (await fetch('/node_modules/world-atlas/countries-50m.json')).json();
  const countries = feature(world, world.objects.countries);
  const focus = { type: 'FeatureCollection', features: countries.features.filter((f) => FOCUS.includes(f.id)) };

  // One mark per place, with its incidents counted: several incidents share a place.
  const incidents = toGeoJson(dataset, { kind: 'incidents' }).features.filter((f) => f.geometry !== null);
  const byPlace = new Map();
  for (const f of incidents) {
    const entry = byPlace.get(f.properties.place) ?? {
      place: f.properties.place,
      lon: f.properties.lon,
      lat: f.properties.lat,
      precision: f.properties.geo_precision,
      ids: [],
    };
    entry.ids.push(f.id);
    byPlace.set(f.properties.place, entry);
  }
  const marks = [...byPlace.values()].map((m) => {
    const place = dataset.getPlace(m.place);
    return { ...m, name: place.name, line: place.geo.line, label: `${place.name} (${m.ids.length})` };
  });
  const lines = {
    type: 'FeatureCollection',
    features: marks
      .filter((m) => m.line)
      .map((m) => ({ type: 'Feature', properties: { precision: m.precision, place: m.place }, geometry: { type: 'LineString', coordinates: m.line } })),
  };
  const title = (m) => `${m.place} (${m.precision}): ${m.ids.join(', ')}`;

  const draw = ({ width, height, domain, labels }) => {
    // The zoom panel crops what lies beyond its frame (the country rings further south).
    const clip = labels === 'zoom' ? 'frame' : undefined;
    return Plot.plot({
      width,
      height,
      projection: { type: 'equal-earth', domain, inset: 12 },
      color: {
        domain: PRECISIONS,
        range: ['#1b9e77', '#66a61e', '#7570b3', '#d95f02', '#a6761d', '#e7298a'],
        legend: labels === 'all',
        label: 'geo precision',
      },
      marks: [
        Plot.geo(countries, { clip, fill: '#f4f4f4', stroke: '#c8c8c8', strokeWidth: 0.6 }),
        Plot.geo(focus, { clip, fill: '#e8eef6', stroke: '#6b7785', strokeWidth: 0.9 }),
        // The overview outlines the zoom panel's extent, labelled where its places are named.
        ...(labels === 'all'
          ? [
              Plot.geo(zoomBox, { stroke: '#333', strokeDasharray: '4,3', strokeWidth: 1 }),
              Plot.text([{ lon: W, lat: N, label: 'see zoom →' }], {
                x: 'lon',
                y: 'lat',
                text: 'label',
                dy: -8,
                textAnchor: 'start',
                fontSize: 11,
                fill: '#333',
              }),
            ]
          : [
              // Country names in the zoom panel, where the outlines alone do not say which side is which.
              Plot.text(
                [
                  { lon: 70.3, lat: 39.4, name: 'TAJIKISTAN' },
                  { lon: 70.2, lat: 36.3, name: 'AFGHANISTAN' },
                  { lon: 67.2, lat: 39.2, name: 'UZBEKISTAN' },
                ],
                { x: 'lon', y: 'lat', text: 'name', clip, fontSize: 11, fill: '#7a8794', fontWeight: 600 },
              ),
            ]),
        Plot.geo(lines, { clip, stroke: (d) => d.properties.precision, strokeWidth: 2.5, title: (d) => d.properties.place }),
        // Rings: the incident happened somewhere in the province, country or region.
        Plot.dot(
          marks.filter((m) => RINGS.has(m.precision)),
          { x: 'lon', y: 'lat', r: 11, clip, stroke: 'precision', strokeWidth: 2.5, fill: 'none', title },
        ),
        // Filled: the point is the place (a settlement), or stands on its line.
        Plot.dot(
          marks.filter((m) => !RINGS.has(m.precision)),
          { x: 'lon', y: 'lat', r: 5, clip, fill: 'precision', stroke: 'white', symbol: (m) => (m.precision === 'line' ? 'diamond' : 'circle'), title },
        ),
        // Labels above their mark; the border's below it, clear of Dushanbe and Badakhshan.
        ...[
          [(m) => m.place !== 'tajikistan-afghanistan-border', -17],
          [(m) => m.place === 'tajikistan-afghanistan-border', 17],
        ].map(([which, dy]) =>
          Plot.text(
            marks.filter((m) => which(m) && (labels === 'all' ? !inZoom(m) : inZoom(m))),
            {
              x: 'lon',
              y: 'lat',
              clip,
              text: 'label',
              dy,
              fontSize: 12,
              fontWeight: 600,
              stroke: 'white',
              strokeWidth: 4,
              fill: '#222',
            },
          ),
        ),
      ],
    });
  };

  document.getElementById('overview').append(draw({ width: 500, height: 420, domain: focus, labels: 'all' }));
  document.getElementById('zoom').append(draw({ width: 560, height: 420, domain: zoomBox, labels: 'zoom' }));
  const caption = (id, text) => {
    const el = document.createElement('figcaption');
    el.textContent = text;
    document.getElementById(id).append(el);
  };
  caption(
    'overview',
    'Rings: the incident is placed only at province, country or region level (point = centroid). Dots: a settlement. Lines: a border, or a canal drawn schematically (head to end); the diamond is its representative point. (n) = incidents at that place.',
  );
  caption('zoom', 'Zoom: the Tajikistan–Afghanistan border around Gorno-Badakhshan.');
  document.getElementById('note').textContent =
    `${incidents.length} of ${dataset.incidents.length} incidents have a place with a point; ${marks.length} places drawn. Outlines: Natural Earth 1:50m (world-atlas).`;
  window.mapReady = true;
} catch (error) {
  window.mapError = String((error && error.stack) || error);
}
