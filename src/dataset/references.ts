import type { RecordKind } from '../schema/index.js';

/** A field of a record that names another record. */
export interface Reference {
  path: (string | number)[];
  id: string;
  /** Kinds the id may name; `any` for a claim's `about`, which may name any record. */
  targets: readonly RecordKind[] | 'any';
}

type Raw = Record<string, unknown>;

/** The kinds a check's `value.record` may name, by aspect; other aspects take any record. */
const VALUE_TARGETS: Partial<Record<string, readonly RecordKind[]>> = {
  place: ['place'],
  attribution: ['actor'],
  participants: ['actor'],
};

function isRaw(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Collects the references of one record. It reads the raw input defensively, so that a record
 * that fails its schema for one field still has its references checked.
 */
export function referencesOf(kind: RecordKind, record: unknown): Reference[] {
  const refs: Reference[] = [];
  if (!isRaw(record)) return refs;
  const one = (path: (string | number)[], value: unknown, targets: Reference['targets']): void => {
    if (typeof value === 'string') refs.push({ path, id: value, targets });
  };
  const many = (path: (string | number)[], value: unknown, targets: Reference['targets']): void => {
    if (Array.isArray(value)) value.forEach((item, i) => one([...path, i], item, targets));
  };
  const each = (field: string, read: (item: Raw, i: number) => void): void => {
    const value = record[field];
    if (Array.isArray(value)) value.forEach((item, i) => isRaw(item) && read(item, i));
  };

  each('citations', (c, i) => one(['citations', i, 'source'], c['source'], ['source']));
  if (isRaw(record['withdrawal'])) one(['withdrawal', 'successor'], record['withdrawal']['successor'], [kind]);

  switch (kind) {
    case 'actor':
      one(['memberOf'], record['memberOf'], ['actor']);
      break;
    case 'place':
      one(['parent'], record['parent'], ['place']);
      many(['spans'], record['spans'], ['place']);
      break;
    case 'incident':
      one(['place'], record['place'], ['place']);
      each('actors', (a, i) => one(['actors', i, 'actor'], a['actor'], ['actor']));
      break;
    case 'observation':
      one(['indicator'], record['indicator'], ['indicator']);
      one(['subject'], record['subject'], ['actor', 'place']);
      one(['claim'], record['claim'], ['claim']);
      if (isRaw(record['derived'])) many(['derived', 'inputs'], record['derived']['inputs'], ['observation']);
      break;
    case 'claim':
      one(['claimant'], record['claimant'], ['actor']);
      many(['about'], record['about'], 'any');
      one(['incident'], record['incident'], ['incident']);
      each('via', (v, i) => one(['via', i, 'actor'], v['actor'], ['actor']));
      break;
    case 'relation':
      one(['from'], record['from'], ['actor']);
      one(['to'], record['to'], ['actor']);
      one(['claim'], record['claim'], ['claim']);
      break;
    case 'check':
      one(['about'], record['about'], 'any');
      if (isRaw(record['value'])) one(['value', 'record'], record['value']['record'], VALUE_TARGETS[String(record['aspect'])] ?? 'any');
      many(['adds'], record['adds'], 'any');
      break;
    case 'source':
    case 'indicator':
      break;
  }
  return refs;
}
