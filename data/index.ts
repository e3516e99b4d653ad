/**
 * The dataset's records, as written by hand from the sources. The build (scripts/build-data.ts)
 * attaches the source texts, validates everything with createDataset and generates the bundle.
 */
import { actors } from './actors.js';
import { checks } from './checks.js';
import { claims } from './claims.js';
import { incidents } from './incidents.js';
import { indicators } from './indicators.js';
import { observations } from './observations.js';
import { places } from './places.js';
import { primaryActors, primaryIncidents, primaryIndicators, primaryObservations, primaryPlaces } from './primary-records.js';
import { primarySources } from './primary-sources.js';
import { relations } from './relations.js';
import { sources } from './sources.js';

export const records = {
  sources: [...sources, ...primarySources],
  actors: [...actors, ...primaryActors],
  places: [...places, ...primaryPlaces],
  incidents: [...incidents, ...primaryIncidents],
  indicators: [...indicators, ...primaryIndicators],
  observations: [...observations, ...primaryObservations],
  claims,
  relations,
  checks,
};
