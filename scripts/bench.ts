/**
 * Figures to reach, measured and printed, never asserted: `npm run bench`.
 * Builds the site (timed), weighs its pages as a reader's browser receives them, runs
 * Lighthouse on the document page and the longest document of each language in the system's
 * Chromium (served with gzip, as hosts serve it), and measures search there: the
 * weight of the first search and the time from keystroke to listed results.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../tests/support/browser';
import { loadResolutions } from '../src/lib/content';
import { defaultCacheFolder } from '../src/lib/content-cache';
import { dist, htmlPages } from '../tests/support/dist';
import { pageKind, pageLanguage } from '../tests/support/page-sets';
import { serveStatic } from '../tests/support/server';
import { hostLimit, megabytes, siteSize } from '../tests/support/site-size';
import { allCss, budgets, gzipSize, htmlBudget, weighPage } from '../tests/support/weights';
import { measureSearch } from './bench-search';

const root = new URL('../', import.meta.url).pathname;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: [figure: string, value: string, target: string][] = [];
const section = (title: string) => rows.push([`— ${title}`, '', '']);

section('build');
// From nothing, as on a fresh clone or in CI: the content cache is emptied first.
rmSync(join(root, defaultCacheFolder), { recursive: true, force: true });
// The build runs under GNU time where there is one, for its peak memory; its log gives the split.
const timeCommand = ['/usr/bin/time', '/bin/time'].find((path) => existsSync(path));
const astro = join(root, 'node_modules/.bin/astro');
const started = performance.now();
const build = spawnSync(timeCommand ?? astro, timeCommand ? ['-f', 'peak-rss-kb %M', astro, 'build'] : ['build'], {
	cwd: root,
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
	encoding: 'utf8',
	maxBuffer: 1024 * 1024 * 1024,
});
if (build.status !== 0) throw new Error(`the build failed: run \`npm run build\` to see why\n${build.stderr.slice(-2000)}`);
const seconds = (performance.now() - started) / 1000;
rows.push(['npm run build (whole build, wall clock)', `${seconds.toFixed(0)} s`, '< 600 s']);
const log = `${build.stdout}\n${build.stderr}`;
const peak = /peak-rss-kb (\d+)/.exec(log);
rows.push(['  peak memory (resident)', peak ? `${(Number(peak[1]) / 1024 / 1024).toFixed(1)} GB` : 'no GNU time', '< 6 GB']);
for (const [figure, seconds] of buildSplit(log)) rows.push([`  ${figure}`, `${seconds.toFixed(0)} s`, '']);
{
	// The same content read again, now that the build has filled the cache: what a second build,
	// `npm run dev` and the tests pay.
	const started = performance.now();
	const count = loadResolutions().length;
	rows.push([`reading the content again (${count} texts, from the content cache)`, `${((performance.now() - started) / 1000).toFixed(1)} s`, '']);
}
const built = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
rows.push(['pages built (HTML)', String(built.filter((entry) => entry.name.endsWith('.html')).length), '']);

section('dist/ by kind of file (files, size, average)');
const size = siteSize(dist);
for (const [kind, { files, bytes }] of size.kinds) {
	if (files > 0) rows.push([`  ${kind}: ${files.toLocaleString('en')} files`, megabytes(bytes), `${(bytes / files / 1024).toFixed(1)} KB each`]);
}
rows.push([`dist/: ${size.total.files.toLocaleString('en')} files`, megabytes(size.total.bytes), `≤ ${megabytes(hostLimit)} (GitHub Pages)`]);
// Each session adds its own resolutions' files; the pages every session shares (home, search, assets) are few.
rows.push(['  seven sessions of this shape (projection: 7 × this one)', megabytes(7 * size.total.bytes), `${(7 * size.total.files).toLocaleString('en')} files`]);

section('budgets');
const pages = htmlPages().map(({ path }) => ({ path, weight: weighPage(path) }));
const heaviest = pages.reduce((a, b) => (b.weight.html > a.weight.html ? b : a));
const documentPage = pages.find((p) => p.path === '/A/RES/76/299/')!.weight;
rows.push(['HTML of /A/RES/76/299/ (gzip)', kb(documentPage.html), `≤ ${kb(budgets.html)}`]);
rows.push([`heaviest HTML page of ${pages.length}: ${heaviest.path}`, kb(heaviest.weight.html), `≤ ${kb(htmlBudget(heaviest.path))} (its own text's budget)`]);
rows.push([`CSS of /A/RES/76/299/ (${documentPage.css.size} files)`, kb(documentPage.cssTotal), `≤ ${kb(budgets.css)}`]);
rows.push(['all CSS of the site', kb(allCss()), `≤ ${kb(budgets.css)}`]);
rows.push([`enhancement modules of /A/RES/76/299/ (${documentPage.modules.size} files, deferred)`, kb(documentPage.modulesTotal), `≤ ${kb(budgets.enhancement)}`]);
rows.push(['render-blocking scripts (inline, bytes)', documentPage.blocking.map((s) => s.inlineBytes ?? s.src).join(', ') || 'none', `one inline ≤ ${budgets.inlineScript} B`]);
rows.push(['scripts needed to read', '0', '0']);

section('data files');
for (const file of ['data.json', 'data.akn', 'data.txt']) {
	const content = readFileSync(join(dist, 'A/RES/76/299', file));
	rows.push([`/A/RES/76/299/${file} (${kb(content.length)} raw)`, kb(gzipSize(content)), 'none set']);
}

section('npm run dev (content cache filled by the build)');
{
	const port = 4398;
	const started = performance.now();
	const server = spawn(join(root, 'node_modules/.bin/astro'), ['dev', '--port', String(port)], { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' }, detached: true });
	let output = '';
	const seen = (pattern: RegExp) =>
		new Promise<number>((resolve, reject) => {
			const check = () => (pattern.test(output) ? resolve((performance.now() - started) / 1000) : undefined);
			server.stdout.on('data', (chunk) => ((output += chunk), check()));
			server.stderr.on('data', (chunk) => ((output += chunk), check()));
			server.once('exit', () => reject(new Error(`astro dev stopped:\n${output.slice(-2000)}`)));
			check();
		});
	try {
		rows.push(['server answers ("ready")', `${(await seen(/ready in/)).toFixed(1)} s`, '']);
		rows.push(['content read and pages warmed', `${(await seen(/warmed the pages|could not read the content/)).toFixed(1)} s`, '< 20 s']);
		const times: [string, number][] = [];
		for (const path of ['A/RES/76/299/', 'fr/A/RES/76/10/', 'ar/A/RES/76/258/', 'A/RES/76/299/op5/', 'zh/A/RES/76/120/annex-p10/', 'A/RES/76/120/compare/', 'search/']) {
			const at = performance.now();
			const response = await fetch(`http://localhost:${port}/${path}`);
			await response.arrayBuffer();
			if (!response.ok) throw new Error(`astro dev answered ${response.status} for /${path}`);
			times.push([path, (performance.now() - at) / 1000]);
		}
		const slowest = times.reduce((a, b) => (b[1] > a[1] ? b : a));
		rows.push([`slowest of ${times.length} pages: /${slowest[0]}`, `${slowest[1].toFixed(2)} s`, '< 2 s']);
	} finally {
		process.kill(-server.pid!, 'SIGTERM');
	}
}

section('Lighthouse (mobile, simulated slow 4G, served with gzip) on /A/RES/76/299/');
if (!chromiumPath) {
	rows.push(['Lighthouse', 'skipped', 'no Chromium: apt-get install chromium']);
} else {
	const site = await serveStatic(dist.replace(/\/$/, ''), { gzip: true });
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath,
		chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	const run = async (path: string, categories: string[]) => (await lighthouse(new URL(path.slice(1), site.url).href, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories }))!.lhr;
	try {
		const lhr = await run('/A/RES/76/299/', ['performance', 'accessibility', 'best-practices', 'seo']);
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

		// The longest document of each language (the most paragraphs, sub-paragraphs and footnotes: the
		// heaviest HTML): where a phone does the most work.
		section('Lighthouse performance on the longest document of each language (mobile, gzip)');
		const longest = new Map<string, { path: string; bytes: number }>();
		for (const { path, file } of htmlPages()) {
			if (pageKind(path) !== 'document') continue;
			const language = pageLanguage(path);
			const bytes = statSync(file).size;
			if (bytes > (longest.get(language)?.bytes ?? 0)) longest.set(language, { path, bytes });
		}
		for (const [language, { path }] of [...longest].sort()) {
			const long = await run(path, ['performance']);
			const figure = (id: string) => long.audits[id]?.displayValue ?? '?';
			rows.push([
				`${language} ${path}`,
				String(Math.round((long.categories.performance?.score ?? 0) * 100)),
				`≥ 95 · LCP ${figure('largest-contentful-paint')} · TBT ${figure('total-blocking-time')} · CLS ${figure('cumulative-layout-shift')} · ${long.audits['dom-size']?.numericValue ?? '?'} elements`,
			]);
		}
	} finally {
		chrome.kill();
		await site.close();
	}
}

await measureSearch(rows);

/**
 * Where the build's time goes, read from its log: loading and checking content, rendering each
 * route, and the integrations (sitemap, Pagefind). Astro stamps every line with the time.
 */
function buildSplit(log: string): [string, number][] {
	const stamps = [...log.matchAll(/^(\d\d):(\d\d):(\d\d) (.*)$/gm)].map((m) => ({ at: Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]), line: m[4]! }));
	const split: [string, number][] = [];
	const between = (from: number, to: number) => ((stamps[to]?.at ?? 0) - (stamps[from]?.at ?? 0) + 86400) % 86400;
	const first = (test: (line: string) => boolean, after = 0) => stamps.findIndex((stamp, index) => index >= after && test(stamp.line));
	const entry = first((line) => line.includes('Building static entrypoints'));
	const routes = first((line) => line.includes('generating static routes') || line.startsWith('▶') || line.startsWith('λ'));
	if (entry >= 0 && routes > entry) split.push(['content, model and bundling (before the first page)', between(0, routes)]);
	// The first page rendered is the first to ask for the content: its time is mostly reading it.
	const routeStarts = stamps.map((stamp, index) => ({ index, route: /^[▶λ] (src\/pages\/\S+)/.exec(stamp.line)?.[1] })).filter((r) => r.route);
	const done = first((line) => line.includes('Completed in'), routeStarts[0]?.index ?? 0);
	routeStarts.forEach((start, i) => {
		const end = routeStarts[i + 1]?.index ?? done;
		const took = between(start.index, end);
		const route = start.route!.replace('src/pages/', '');
		if (took >= 1) split.push([i === 0 ? `reading the content (parse, model, checks) + rendering ${route}` : `rendering ${route}`, took]);
	});
	const pagefind = first((line) => line.includes('hook "astro:build:done"') && line.includes('pagefind'));
	const indexed = first((line) => line.includes('[resolution-reader:pagefind] indexed'));
	if (done >= 0 && pagefind > done) split.push(['sitemap and other integrations', between(done, pagefind)]);
	if (pagefind >= 0 && indexed > pagefind) split.push(['Pagefind index', between(pagefind, indexed)]);
	return split;
}

const width = Math.max(...rows.map(([figure]) => figure.length));
console.log(`\n${'figure'.padEnd(width)}  ${'value'.padStart(9)}  target`);
for (const [figure, value, target] of rows) console.log(`${figure.padEnd(width)}  ${value.padStart(9)}  ${target}`);
