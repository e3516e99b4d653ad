// Renders indicator series of the bundled data with Observable Plot, from the tidy rows of
// toRows('observations'). Each observation is a bar over its whole period (never a made-up
// midpoint day), labelled with its qualifier and coloured by where it comes from: the article,
// a primary source (the figures the checks add), or derived by us. Two primary values for the
// same period are both drawn, overlapping, as the data keeps both.
import * as Plot from '@observablehq/plot';
import { getIndicator, toRows } from 'central-asia-security';

const ARTICLE = 'kabulnow-2023-09-central-asia-terrorism-concerns';
const ORIGINS = { domain: ['the article', 'primary source', 'derived'], range: ['#d95f02', '#4269d0', '#9aa0a6'] };

const citing = new Map();
for (const c of toRows('citations')) {
  if (c.record_kind === 'observation') citing.set(c.record, [...(citing.get(c.record) ?? []), c.source]);
}
const originOf = (r) => (r.derived ? 'derived' : citing.get(r.id)?.includes(ARTICLE) ? 'the article' : 'primary source');
const day = (iso) => new Date(`${iso}T00:00:00Z`);
const dayAfter = (iso) => new Date(day(iso).getTime() + 86_400_000);
const label = (r) => `${r.qualifier === 'exact' ? '' : `${r.qualifier} `}${r.value} ${r.unit}`;

function draw(element, indicators, subject, unitLabel) {
  const rows = toRows('observations').filter((r) => indicators.includes(r.indicator) && r.subject === subject);
  const chart = Plot.plot({
    width: 720,
    height: 320,
    marginLeft: 50,
    x: { type: 'utc', label: 'period' },
    y: { label: unitLabel, zero: true, nice: true, grid: true },
    color: { ...ORIGINS, legend: true },
    marks: [
      Plot.rectY(rows, {
        x1: (r) => day(r.period_start),
        x2: (r) => dayAfter(r.period_end),
        // y1/y2 rather than y: overlapping bars (two values for one period) must not stack.
        y1: 0,
        y2: 'value',
        fill: originOf,
        fillOpacity: 0.55,
        title: (r) => `${r.id}: ${label(r)} (${originOf(r)})`,
        inset: 1,
      }),
      Plot.text(rows, { x: (r) => day(r.period_start), y: 'value', text: label, textAnchor: 'start', dx: 4, dy: -8 }),
      Plot.ruleY([0]),
    ],
  });
  document.getElementById(element).append(chart);
  return rows.length;
}

try {
  const seized = getIndicator('narcotics-seized');
  const n = draw('chart', ['narcotics-seized'], 'tajikistan', `${seized.name} (${seized.unit})`);
  const m = draw('chart-attacks', ['high-profile-terror-attacks', 'terrorist-attacks'], 'shanghai-cooperation-organization', 'attacks');
  document.getElementById('note').textContent =
    `${n} and ${m} observations; each bar spans the interval its observation's period lies within, coloured by origin.`;
  window.chartReady = true;
} catch (error) {
  window.chartError = String((error && error.stack) || error);
}
