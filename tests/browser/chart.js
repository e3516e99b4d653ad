// Renders an indicator series of the bundled data with Observable Plot, from the tidy rows of
// toRows('observations'). Each observation is a bar over its whole period (never a made-up
// midpoint day), labelled with its qualifier; a derived value is drawn grey.
import * as Plot from '@observablehq/plot';
import { getIndicator, toRows } from 'central-asia-security';

try {
  const indicator = getIndicator('narcotics-seized');
  const rows = toRows('observations').filter((r) => r.indicator === 'narcotics-seized' && r.subject === 'tajikistan');
  const day = (iso) => new Date(`${iso}T00:00:00Z`);
  const dayAfter = (iso) => new Date(day(iso).getTime() + 86_400_000);
  const label = (r) => `${r.qualifier === 'exact' ? '' : `${r.qualifier} `}${r.value} ${r.unit}${r.derived ? ' (derived)' : ''}`;
  const chart = Plot.plot({
    width: 720,
    height: 360,
    marginLeft: 50,
    x: { type: 'utc', label: 'period' },
    y: { label: `${indicator.name} (${indicator.unit})`, zero: true, nice: true, grid: true },
    color: { domain: ['stated', 'derived'], range: ['#4269d0', '#9aa0a6'], legend: true },
    marks: [
      Plot.rectY(rows, {
        x1: (r) => day(r.period_start),
        x2: (r) => dayAfter(r.period_end),
        y: 'value',
        fill: (r) => (r.derived ? 'derived' : 'stated'),
        title: (r) => `${r.id}: ${label(r)}`,
        inset: 1,
      }),
      Plot.text(rows, {
        x: (r) => day(r.period_start),
        y: 'value',
        text: label,
        textAnchor: 'start',
        dx: 4,
        dy: -8,
      }),
      Plot.ruleY([0]),
    ],
  });
  document.getElementById('chart').append(chart);
  document.getElementById('note').textContent = `${rows.length} observations; each bar spans the interval its observation's period lies within.`;
  window.chartReady = true;
} catch (error) {
  window.chartError = String(error && error.stack || error);
}
