// `npm start`: queries the bundled data through the built package, as a user would, and prints
// a short report.
import {
  bestDate,
  claimsBy,
  contradictions,
  dataset,
  disputed,
  findIncidents,
  getActor,
  getRecord,
  getSource,
  searchActors,
  series,
} from 'central-asia-security';

const source = getSource('kabulnow-2023-09-central-asia-terrorism-concerns');
const line = (text = '') => console.log(text);
const span = (d) => (d.start === d.end ? d.start : `${d.start} – ${d.end}`);
const qty = (q) => `${q.qualifier === 'exact' ? '' : `${q.qualifier} `}${q.value.toLocaleString('en', { maximumFractionDigits: 6 })} ${q.unit}`;

line(
  `central-asia-security: ${dataset.actors.length} actors, ${dataset.incidents.length} incidents, ` +
    `${dataset.observations.length} observations, ${dataset.claims.length} claims, ${dataset.relations.length} relations`,
);
line(`from "${source.title}" (${source.publisher}, published ${span(source.published)})`);
line();

line('Search "isis-k":');
for (const actor of searchActors('isis-k')) line(`  ${actor.id}: ${actor.name} (${actor.kind})`);
line();

line('Incidents in Tajikistan, by date:');
for (const incident of findIncidents({ place: 'tajikistan-territory' })) {
  const deaths = incident.fatalities ? `; fatalities: ${qty(incident.fatalities)}` : '';
  line(`  [${span(incident.date)}] ${incident.title}${deaths}`);
}
line();

line('Narcotics seized by Tajikistan:');
for (const o of series('narcotics-seized', { subject: 'tajikistan' })) {
  const change = o.comparison ? ` (${o.comparison.change.value > 0 ? '+' : ''}${o.comparison.change.value}% vs ${o.comparison.baseline.text})` : '';
  line(`  ${span(o.period)}: ${qty(o.value)}${change}${o.derived ? ` [derived: ${o.derived.formula}]` : ''}`);
}
line();

line('What the Taliban claims:');
for (const claim of claimsBy('taliban')) line(`  ${claim.statement}`);
line();

line('Contradictions:');
for (const c of contradictions()) {
  line(`  ${c.question}`);
  const who = (claims) => claims.map((claim) => getActor(claim.claimant)?.name ?? claim.claimant).join('; ');
  line(`    yes: ${who(c.affirming)}`);
  line(`    no:  ${who(c.denying)}`);
}
line();

line(`What primary sources dispute (${dataset.checks.length} checks of the article against ${dataset.sources.length - 1} other sources):`);
const show = (v) => (v === undefined ? '—' : v.date ? span(v.date) : v.quantity ? qty(v.quantity) : (v.record ?? v.text));
const publishers = (ids) => [...new Set(ids.map((id) => getSource(id)?.publisher ?? id))].join('; ');
const shortly = (text) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);
for (const d of disputed()) {
  line(`  ${d.about} (${d.kind}), ${d.field}:`);
  line(`    the article: ${shortly(show(d.reported?.value))}`);
  for (const s of d.contradicting) {
    line(`    primary:     ${shortly(show(s.value))}  [${publishers(s.sources)}]`);
  }
}
line();

line('Best-supported dates:');
for (const id of ['badakhshan-border-incursion-2023-09', 'sco-rats-council-2023-09', 'taliban-drug-ban-2022', 'un-monitoring-report-release']) {
  const best = bestDate(id);
  const record = getRecord(id).record;
  line(`  ${id}: reported ${span(record.date)}, best ${span(best.date)} (${best.basis}; ${publishers(best.sources)})`);
}
