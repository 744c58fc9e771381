/**
 * Figures to reach, measured and printed, never asserted: `npm run bench`.
 * Builds the site (timed), weighs its pages as a reader's browser receives them, and runs
 * Lighthouse on the document page in the system's Chromium.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../tests/support/browser';
import { dist, htmlPages } from '../tests/support/dist';
import { serveStatic } from '../tests/support/server';
import { allCss, budgets, gzipSize, weighPage } from '../tests/support/weights';

const root = new URL('../', import.meta.url).pathname;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: [figure: string, value: string, target: string][] = [];
const section = (title: string) => rows.push([`— ${title}`, '', '']);

section('build');
const started = performance.now();
const build = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
	cwd: root,
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	stdio: 'ignore',
});
if (build.status !== 0) throw new Error('the build failed: run `npm run build` to see why');
rows.push(['npm run build', `${((performance.now() - started) / 1000).toFixed(1)} s`, '< 15 s']);

section('budgets');
const pages = htmlPages().map(({ path }) => ({ path, weight: weighPage(path) }));
const heaviest = pages.reduce((a, b) => (b.weight.html > a.weight.html ? b : a));
const document = pages.find((p) => p.path === '/A/RES/76/299/')!.weight;
rows.push(['HTML of /A/RES/76/299/ (gzip)', kb(document.html), `≤ ${kb(budgets.html)}`]);
rows.push([`heaviest HTML page of ${pages.length}: ${heaviest.path}`, kb(heaviest.weight.html), `≤ ${kb(budgets.html)}`]);
rows.push([`CSS of /A/RES/76/299/ (${document.css.size} files)`, kb(document.cssTotal), `≤ ${kb(budgets.css)}`]);
rows.push(['all CSS of the site', kb(allCss()), `≤ ${kb(budgets.css)}`]);
rows.push([`enhancement modules of /A/RES/76/299/ (${document.modules.size} files, deferred)`, kb(document.modulesTotal), `≤ ${kb(budgets.enhancement)}`]);
rows.push(['render-blocking scripts (inline, bytes)', document.blocking.map((s) => s.inlineBytes ?? s.src).join(', ') || 'none', `one inline ≤ ${budgets.inlineScript} B`]);
rows.push(['scripts needed to read', '0', '0']);

section('data files');
for (const file of ['data.json', 'data.akn', 'data.txt']) {
	const content = readFileSync(join(dist, 'A/RES/76/299', file));
	rows.push([`/A/RES/76/299/${file} (${kb(content.length)} raw)`, kb(gzipSize(content)), 'none set']);
}

section('Lighthouse (mobile, simulated slow 4G) on /A/RES/76/299/');
if (!chromiumPath) {
	rows.push(['Lighthouse', 'skipped', 'no Chromium: apt-get install chromium']);
} else {
	const site = await serveStatic(dist.replace(/\/$/, ''));
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath,
		chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	try {
		const result = await lighthouse(new URL('A/RES/76/299/', site.url).href, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
		});
		const lhr = result!.lhr;
		for (const [id, category] of Object.entries(lhr.categories)) {
			rows.push([`Lighthouse ${category.title}`, String(Math.round((category.score ?? 0) * 100)), '100']);
			if (id === 'seo' && (category.score ?? 0) < 1) {
				const failing = category.auditRefs.filter((ref) => (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id);
				rows.push(['  SEO audits below 100', failing.join(', '), '']);
			}
		}
		for (const metric of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
			const audit = lhr.audits[metric];
			rows.push([`  ${audit?.title ?? metric}`, audit?.displayValue ?? '?', '']);
		}
	} finally {
		await chrome.kill();
		await site.close();
	}
}

const width = Math.max(...rows.map(([figure]) => figure.length));
console.log(`\n${'figure'.padEnd(width)}  ${'value'.padStart(9)}  target`);
for (const [figure, value, target] of rows) console.log(`${figure.padEnd(width)}  ${value.padStart(9)}  ${target}`);
