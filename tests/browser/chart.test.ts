import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, copyFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, series } from '../../src/entries/main.js';

// Proves that the main entry works as plain, unbundled ESM in a browser page: a page on
// localhost imports dist/index.js (zod and date-fns resolved by an import map to their files in
// node_modules) and draws a series with Observable Plot (bundled for the page by esbuild, as a
// third-party library would be). Debian's Chromium runs it headless.
// CHROMIUM_PATH lets a check prove that a missing browser fails in CI rather than skipping.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
const hasChromium = existsSync(CHROMIUM);
const inCi = process.env['CI'] === 'true' || process.env['CI'] === '1';

/** A static file server over the package root, resolving extensionless imports as Node would. */
function serve(plot: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (path === '/plot.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(plot);
      return;
    }
    const relative = normalize(path === '/' ? '/tests/browser/index.html' : path);
    const allowed = ['/dist/', '/node_modules/', '/tests/browser/'].some((prefix) => relative.startsWith(prefix));
    const file = [join(ROOT, relative), `${join(ROOT, relative)}.js`].find((f) => existsSync(f) && statSync(f).isFile());
    if (!allowed || !file) {
      response.writeHead(404).end(`not found: ${path}`);
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(!hasChromium && !inCi)('the main entry in a browser page', () => {
  let server: Server;
  let context: BrowserContext;
  let profile: string;
  let origin: string;

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); CI must not skip this test`);
    const plot = await build({
      stdin: { contents: "export * from '@observablehq/plot';", resolveDir: ROOT },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      minify: true,
    });
    server = await serve(plot.outputFiles[0]!.text);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = mkdtempSync(join(tmpdir(), 'cas-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('imports the built ESM and renders Plot charts whose marks carry the article’s figures beside the primary sources’', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
    await page.setViewportSize({ width: 800, height: 520 });
    await page.goto(`${origin}/`);
    await page.waitForFunction(
      () => (window as { chartReady?: boolean; chartError?: string }).chartReady || (window as { chartError?: string }).chartError,
      null,
      { timeout: 30_000 },
    );
    expect(await page.evaluate(() => (window as { chartError?: string }).chartError ?? null)).toBeNull();
    expect(problems).toEqual([]);

    const marksOf = (chart: string) =>
      page.evaluate(
        (id) =>
          Array.from(document.querySelectorAll(`#${id} svg g[aria-label="rect"] rect`)).map((rect) => ({
            title: rect.querySelector('title')?.textContent ?? '',
            height: Number(rect.getAttribute('height')),
            width: Number(rect.getAttribute('width')),
            bottom: Number(rect.getAttribute('y')) + Number(rect.getAttribute('height')),
          })),
        chart,
      );
    const marks = await marksOf('chart');
    const expected = series('narcotics-seized', { subject: 'tajikistan' });
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(marks).toHaveLength(expected.length);
    const quantity = (o: (typeof expected)[number]) => `${o.value.qualifier === 'exact' ? '' : `${o.value.qualifier} `}${o.value.value} ${o.value.unit}`;
    const originOf = (o: (typeof expected)[number]) =>
      o.derived ? 'derived' : o.citations.some((c) => c.source === 'kabulnow-2023-09-central-asia-terrorism-concerns') ? 'the article' : 'primary source';
    expect(marks.map((m) => m.title).sort()).toEqual(expected.map((o) => `${o.id}: ${quantity(o)} (${originOf(o)})`).sort());
    // The article's figure stands beside the primary sources' figures for 2021 and 2022, all three 2022 values kept.
    expect(marks.map((m) => m.title)).toEqual(
      expect.arrayContaining([
        'tajikistan-narcotics-seized: about 5 tonne (the article)',
        'tajikistan-narcotics-seized-2021: 4.083274 tonne (primary source)',
        'tajikistan-narcotics-seized-2022: 4.991 tonne (primary source)',
        'tajikistan-narcotics-seized-2022-feb-2023-interfax: 4.165 tonne (primary source)',
        'tajikistan-narcotics-seized-2022-feb-2023-azda: 4.00016 tonne (primary source)',
      ]),
    );
    // Every bar stands on the same zero: values for one period overlap, never stack.
    expect(new Set(marks.map((m) => m.bottom)).size).toBe(1);
    // Bar heights are proportional to the values, from the same zero (each bar is inset 1px top and bottom).
    const tall = (m: { height: number }) => m.height + 2;
    const byId = new Map(marks.map((m) => [m.title.split(':')[0], m]));
    const stated = byId.get('tajikistan-narcotics-seized')!;
    const derived = byId.get('tajikistan-narcotics-seized-baseline-2021')!;
    expect(tall(stated) / tall(derived)).toBeCloseTo(5 / 4.1, 2);
    expect(tall(byId.get('tajikistan-narcotics-seized-2022')!) / tall(stated)).toBeCloseTo(4.991 / 5, 2);
    // Bars span their periods: 622 days for the stated figure against 365 for 2021.
    expect(stated.width / derived.width).toBeCloseTo(622 / 365, 1);
    expect(await page.locator('#chart svg text').filter({ hasText: 'about 5 tonne' }).count()).toBe(1);

    // The article's "at least 80" over three years beside the speech's 18 (2022) and 47 (2023 to 8 September).
    const attacks = new Map((await marksOf('chart-attacks')).map((m) => [m.title, m]));
    expect([...attacks.keys()].sort()).toEqual([
      'sco-high-profile-terror-attacks-3y: at-least 80 attack (the article)',
      'sco-terrorist-attacks-2022: 18 attack (primary source)',
      'sco-terrorist-attacks-2023: 47 attack (primary source)',
    ]);
    expect(new Set([...attacks.values()].map((m) => m.bottom)).size).toBe(1);
    const eighty = attacks.get('sco-high-profile-terror-attacks-3y: at-least 80 attack (the article)')!;
    expect(tall(attacks.get('sco-terrorist-attacks-2023: 47 attack (primary source)')!) / tall(eighty)).toBeCloseTo(47 / 80, 2);

    mkdirSync(join(ROOT, 'reports'), { recursive: true });
    const shot = join(ROOT, 'reports', 'browser-chart.png');
    await page.screenshot({ path: shot, fullPage: true });
    // The screenshot in docs/ is refreshed on request, so that test runs leave the tree clean.
    if (process.env['UPDATE_SCREENSHOTS'] === '1') copyFileSync(shot, join(ROOT, 'docs', 'browser-chart.png'));
  });

  it('draws the incidents on a map with Plot geo marks: outlines, one mark per place, rings for province-level places', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
    await page.setViewportSize({ width: 1120, height: 600 });
    await page.goto(`${origin}/tests/browser/map.html`);
    await page.waitForFunction(() => (window as { mapReady?: boolean }).mapReady || (window as { mapError?: string }).mapError, null, { timeout: 30_000 });
    expect(await page.evaluate(() => (window as { mapError?: string }).mapError ?? null)).toBeNull();
    expect(problems).toEqual([]);

    // Every place with incidents is drawn once in the overview, as a ring when it is a province,
    // country or region, and filled otherwise.
    const located = new Map<string, string>();
    for (const incident of dataset.incidents) {
      const geo = dataset.places.find((p) => p.id === incident.place)?.geo;
      if (geo) located.set(incident.place!, geo.precision);
    }
    const drawn = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#overview svg g[aria-label="dot"] > *')).map((dot) => ({
        title: dot.querySelector('title')?.textContent ?? '',
        fill: dot.getAttribute('fill') ?? dot.parentElement?.getAttribute('fill') ?? '',
      })),
    );
    expect(drawn.map((d) => d.title.split(' ')[0]).sort()).toEqual([...located.keys()].sort());
    for (const dot of drawn) {
      const precision = located.get(dot.title.split(' ')[0]!)!;
      expect(dot.fill === 'none', dot.title).toBe(['province', 'country', 'region'].includes(precision));
    }
    // Outlines: the six focus countries and their neighbours, and the border as a line.
    expect(await page.locator('#overview svg g[aria-label="geo"] path').count()).toBeGreaterThan(6);
    // Labels: each place with incidents is named once, with its count of incidents, in the zoom
    // panel around Badakhshan or in the overview; Dushanbe sits in the zoom panel only.
    const counts = new Map<string, number>();
    for (const incident of dataset.incidents)
      if (incident.place && located.has(incident.place)) counts.set(incident.place, (counts.get(incident.place) ?? 0) + 1);
    const texts = await page.evaluate(() => Array.from(document.querySelectorAll('#overview svg text, #zoom svg text')).map((t) => t.textContent ?? ''));
    for (const [place, count] of counts) {
      const label = `${dataset.places.find((p) => p.id === place)!.name} (${count})`;
      expect(texts.filter((t) => t === label).length, label).toBe(1);
    }
    expect(
      await page
        .locator('#zoom svg text')
        .filter({ hasText: /^Dushanbe \(/ })
        .count(),
    ).toBe(1);
    expect(await page.locator('#overview svg text').filter({ hasText: 'Dushanbe' }).count()).toBe(0);

    const shot = join(ROOT, 'reports', 'browser-map.png');
    await page.screenshot({ path: shot, fullPage: true });
    if (process.env['UPDATE_SCREENSHOTS'] === '1') copyFileSync(shot, join(ROOT, 'docs', 'map.png'));
  });
});
