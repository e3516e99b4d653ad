import type { Place } from '../src/schema/index.js';
import { cite } from './cite.js';
import { iso3166 } from './external-ids.js';
import { GEONAMES_CITIES500, geonames, geonamesPoint, NATURAL_EARTH_ADMIN0_10M, NATURAL_EARTH_ADMIN0_50M, NATURAL_EARTH_ADMIN1_10M, wikidata } from './geo.js';

export const places: Place[] = [
  {
    id: 'central-asia',
    kind: 'region',
    name: 'Central Asia',
    citations: cite('the water balance in Central Asia'),
    geo: {
      point: [66.3, 45.9],
      precision: 'region',
      bbox: [46.6, 35.1, 87.4, 55.4],
      provenance: { derivation: 'boundary-centroid', dataset: NATURAL_EARTH_ADMIN0_50M, feature: '398+417+762+795+860' },
    },
    notes: 'Coded as the five post-Soviet states (UN M49 Central Asia: KZ, KG, TJ, TM, UZ); some authors include Afghanistan.',
  },
  {
    id: 'tajikistan-territory',
    kind: 'country',
    name: 'Tajikistan',
    country: 'TJ',
    parent: 'central-asia',
    externalIds: [...iso3166('TJ', 'TJK'), wikidata('Q863')],
    notes: 'The territory; the state as an actor is "tajikistan".',
    geo: {
      point: [71, 38.5],
      precision: 'country',
      bbox: [67.3, 36.6, 75.2, 41.1],
      provenance: { derivation: 'boundary-centroid', dataset: NATURAL_EARTH_ADMIN0_50M, feature: '762' },
    },
    citations: cite('illegally entered Tajik territory from Afghanistan'),
  },
  {
    id: 'afghanistan-territory',
    kind: 'country',
    name: 'Afghanistan',
    country: 'AF',
    externalIds: [...iso3166('AF', 'AFG'), wikidata('Q889')],
    notes: 'The territory; the state as an actor is "afghanistan". The article calls it "landlocked".',
    geo: {
      point: [65.9, 33.8],
      precision: 'country',
      bbox: [60.4, 29.3, 74.9, 38.5],
      provenance: { derivation: 'boundary-centroid', dataset: NATURAL_EARTH_ADMIN0_50M, feature: '004' },
    },
    citations: cite('through the landlocked Afghanistan', 'the increase in activities of terrorist groups inside Afghanistan'),
  },
  {
    id: 'dushanbe',
    kind: 'city',
    name: 'Dushanbe',
    country: 'TJ',
    parent: 'tajikistan-territory',
    externalIds: [{ scheme: 'iso-3166-2', value: 'TJ-DU' }, geonames('1221874'), wikidata('Q9365')],
    notes: 'Capital of Tajikistan.',
    geo: { point: [68.779, 38.536], precision: 'village', provenance: geonamesPoint('1221874') },
    citations: cite('in Dushanbe, the capital of Tajikistan'),
  },
  {
    id: 'badakhshan-tajikistan',
    kind: 'province',
    name: 'Badakhshan',
    country: 'TJ',
    parent: 'tajikistan-territory',
    externalIds: [{ scheme: 'iso-3166-2', value: 'TJ-GB' }, geonames('1221692'), wikidata('Q207319')],
    geo: {
      point: [72.88, 38.11],
      precision: 'province',
      bbox: [70.27, 36.67, 75.17, 39.47],
      provenance: { derivation: 'boundary-centroid', dataset: NATURAL_EARTH_ADMIN1_10M, feature: 'TJK-366' },
    },
    notes:
      "Tajikistan's Gorno-Badakhshan Autonomous Region (Kuhistoni Badakhshon), not Afghanistan's Badakhshan province across the border.",
    inferred: [
      {
        field: 'externalIds',
        reasoning:
          'The text places it in "the country’s southeastern province of Badakhshan", the country being Tajikistan; Tajikistan\'s only Badakhshan is the Gorno-Badakhshan Autonomous Region, ISO 3166-2 TJ-GB.',
      },
    ],
    citations: cite('the country’s southeastern province of Badakhshan'),
  },
  {
    id: 'tajikistan-afghanistan-border',
    kind: 'border',
    name: 'Tajikistan–Afghanistan border',
    spans: ['tajikistan-territory', 'afghanistan-territory'],
    geo: {
      point: [71.3, 38.05],
      precision: 'line',
      bbox: [67.77, 36.67, 74.9, 38.48],
      // The arcs Natural Earth 1:10m gives both countries, simplified to 50 vertices: a drawing
      // aid, shorter than the border's real length.
      line: [
        [74.893, 37.23], [74.659, 37.394], [74.317, 37.426], [74.188, 37.338], [73.709, 37.217], [73.597, 37.262], [73.738, 37.338],
        [73.752, 37.428], [73.295, 37.465], [73.068, 37.315], [72.791, 37.22], [72.658, 37.029], [72.258, 36.967], [71.837, 36.698],
        [71.653, 36.687], [71.563, 36.751], [71.43, 37.067], [71.531, 37.761], [71.599, 37.899], [71.538, 37.945], [71.34, 37.894],
        [71.257, 37.926], [71.358, 38.252], [70.951, 38.473], [70.937, 38.433], [70.663, 38.406], [70.462, 38.112], [70.26, 37.94],
        [70.174, 37.946], [70.282, 37.696], [70.159, 37.541], [70.015, 37.546], [69.896, 37.619], [69.508, 37.578], [69.378, 37.438],
        [69.443, 37.224], [69.324, 37.121], [69.245, 37.104], [68.986, 37.32], [68.888, 37.338], [68.917, 37.279], [68.834, 37.33],
        [68.82, 37.251], [68.669, 37.278], [68.626, 37.207], [68.287, 37.104], [68.276, 37.011], [68.024, 36.925], [67.772, 37.11],
        [67.78, 37.188],
      ],
      provenance: { derivation: 'line-midpoint', dataset: NATURAL_EARTH_ADMIN0_10M, feature: '762|004' },
      outlineProvenance: { derivation: 'boundary-line', dataset: NATURAL_EARTH_ADMIN0_10M, feature: '762|004' },
    },
    citations: cite(
      'illegally cross the state border',
      'seized about five tonnes of narcotics along the border with Afghanistan',
    ),
  },
  {
    id: 'qush-tepa-canal',
    kind: 'infrastructure',
    name: 'Qush Tepa canal',
    country: 'AF',
    parent: 'afghanistan-territory',
    notes: 'Under construction at the time of the article. Also spelt Qosh Tepa.',
    geo: {
      // The canal's head, on the Amu Darya in Kaldar district of Balkh; GeoNames has no point for
      // the intake, so the district seat stands for it. The line to its reported end at Andkhoy
      // is schematic: the canal follows the river plain, not a straight line.
      point: [67.64, 37.22],
      precision: 'line',
      bbox: [65.124, 36.953, 67.64, 37.22],
      line: [
        [67.64, 37.215],
        [65.124, 36.953],
      ],
      provenance: {
        derivation: 'gazetteer-point',
        dataset: GEONAMES_CITIES500,
        feature: '1427089',
        url: 'https://daryo.uz/en/2023/12/14/qosh-tepa-canal-wall-break-daryo-investigates-border-incident-with-flowing-water',
      },
      outlineProvenance: { derivation: 'schematic-line', dataset: GEONAMES_CITIES500, feature: '1427089|1148658' },
    },
    citations: cite('Afghanistan’s Qush Tepa canal under construction'),
  },
  {
    id: 'trans-afghan-railway',
    kind: 'infrastructure',
    name: 'Trans-Afghan Railway',
    spans: ['afghanistan-territory'],
    notes: 'A railway project; the article gives neither its route nor its state of progress.',
    geo: {
      // No route in the article, so no line: the railway is coded at country level.
      point: [65.9, 33.8],
      precision: 'country',
      bbox: [60.4, 29.3, 74.9, 38.5],
      provenance: { derivation: 'boundary-centroid', dataset: NATURAL_EARTH_ADMIN0_50M, feature: '004' },
    },
    citations: cite('promoting the Trans-Afghan Railway project'),
  },
];
