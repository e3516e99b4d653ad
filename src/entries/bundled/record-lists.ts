import type { DatasetCollections, RecordKind } from '../../schema/index.js';
import actors from '../../generated/records/actors.json';
import checks from '../../generated/records/checks.json';
import claims from '../../generated/records/claims.json';
import incidents from '../../generated/records/incidents.json';
import indicators from '../../generated/records/indicators.json';
import observations from '../../generated/records/observations.json';
import places from '../../generated/records/places.json';
import relations from '../../generated/records/relations.json';
import sources from '../../generated/records/sources.json';

// One module per kind in src/generated/records/, so a bundler keeps only the kinds an app reads.
// Both the main entry's dataset and the records entry read these same arrays, so a record is one
// object whichever entry returns it. The JSON types are widened on purpose: records are typed by
// the getters that hand them out, not by the literal JSON.
export const RECORD_LISTS: DatasetCollections<Record<RecordKind, unknown>> = {
  sources,
  actors,
  places,
  incidents,
  indicators,
  observations,
  claims,
  relations,
  checks,
};

export { actors, checks, claims, incidents, indicators, observations, places, relations, sources };
