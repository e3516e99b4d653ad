// `npm start`: queries the bundled data through the built package, as a user would, and prints
// a short report.
import {
  claimsBy,
  contradictions,
  dataset,
  findIncidents,
  getActor,
  getSource,
  searchActors,
  series,
} from 'central-asia-security';

const source = getSource('kabulnow-2023-09-central-asia-terrorism-concerns');
const line = (text = '') => console.log(text);
const span = (d) => (d.start === d.end ? d.start : `${d.start} – ${d.end}`);
const qty = (q) => `${q.qualifier === 'exact' ? '' : `${q.qualifier} `}${q.value.toLocaleString('en')} ${q.unit}`;

line(`central-asia-security: ${dataset.actors.length} actors, ${dataset.incidents.length} incidents, ` +
  `${dataset.observations.length} observations, ${dataset.claims.length} claims, ${dataset.relations.length} relations`);
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
