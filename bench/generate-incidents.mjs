/**
 * Deterministic generator of realistic incident records (about 1 KB each as NDJSON): the
 * shape of a conflict-event export coded with our schema, with a mix of date precisions,
 * actor roles, stated fatalities (some ranges, some "at least") and one or two citations.
 */

const TYPES = ['clash', 'attack', 'incursion', 'seizure', 'meeting', 'statement', 'policy-announcement'];
const ROLES = ['perpetrator', 'target', 'responder', 'participant', 'host', 'speaker'];
const PLACES = ['badakhshan-tajikistan', 'dushanbe', 'tajikistan-territory', 'khatlon-province', 'sughd-province', 'kunduz-province', 'balkh-province'];
const ACTORS = [
  'iskp',
  'taliban',
  'jamaat-ansarullah',
  'tajikistan',
  'afghanistan',
  'kazakhstan',
  'uzbekistan',
  'border-troops',
  'state-committee-national-security',
];
const QUALIFIERS = ['exact', 'about', 'at-least', 'estimate'];
const WORDS =
  'border guards reported that armed men crossed the river near the district centre and exchanged fire with a patrol before retreating into the hills local officials said the group had been observed for several days and that reinforcements were sent to the area residents were asked to stay indoors while the operation continued'.split(
    ' ',
  );

/** A small, fast, seeded PRNG (mulberry32) so every run generates the same records. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

function sentence(next, words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]);
  const text = out.join(' ');
  return text[0].toUpperCase() + text.slice(1) + '.';
}

function fuzzyDate(next) {
  const year = 2015 + Math.floor(next() * 9);
  const month = 1 + Math.floor(next() * 12);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = 1 + Math.floor(next() * last);
  const r = next();
  if (r < 0.6) {
    const d = `${year}-${pad(month)}-${pad(day)}`;
    return { start: d, end: d, precision: 'day', text: `on ${day} ${month}` };
  }
  if (r < 0.85) return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(last)}`, precision: 'month', text: 'earlier this month' };
  const endDay = Math.min(last, day + 1 + Math.floor(next() * 10));
  return { start: `${year}-${pad(month)}-${pad(day)}`, end: `${year}-${pad(month)}-${pad(endDay)}`, precision: 'range', text: 'last week' };
}

/**
 * The `n`-th incident of a run (0-based); the same `n` and `seed` always give the same record.
 *
 * @example
 * generateIncident(0).id; // => 'generated-incident-0000000'
 */
export function generateIncident(n, seed = 1) {
  const next = random(seed * 1_000_003 + n);
  const type = TYPES[Math.floor(next() * TYPES.length)];
  const actorCount = 1 + Math.floor(next() * 3);
  const actors = [];
  for (let i = 0; i < actorCount; i++) {
    actors.push({ actor: ACTORS[Math.floor(next() * ACTORS.length)], role: ROLES[Math.floor(next() * ROLES.length)] });
  }
  const record = {
    id: `generated-incident-${pad(n, 7)}`,
    type,
    title: sentence(next, 8),
    date: fuzzyDate(next),
    place: PLACES[Math.floor(next() * PLACES.length)],
    actors,
    description: sentence(next, 40),
    citations: [{ source: 'generated-field-reports', quote: sentence(next, 20), paragraph: 1 + Math.floor(next() * 30) }],
  };
  if (next() < 0.5) {
    const value = Math.floor(next() * 40);
    const qualifier = QUALIFIERS[Math.floor(next() * QUALIFIERS.length)];
    record.fatalities =
      next() < 0.3
        ? { value, unit: 'person', qualifier, low: Math.max(0, value - 3), high: value + 5 }
        : { value, unit: 'person', qualifier, text: `${value} people were killed` };
  }
  if (next() < 0.4) record.citations.push({ source: 'generated-wire-service', quote: sentence(next, 18) });
  if (next() < 0.2) record.notes = sentence(next, 12);
  return record;
}
