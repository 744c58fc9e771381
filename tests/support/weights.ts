/**
 * What a reader's browser downloads for a page, weighed as it travels (gzip). Shared by the
 * budget tests and `npm run bench`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dist, loadPage, sitePath } from './dist';

/** Gzip size in bytes, at the level static hosts commonly use. */
export function gzipSize(content: string | Buffer): number {
	return gzipSync(content, { level: 9 }).length;
}

/** The file in dist/ that a URL (base included) is served from. */
export function fileOf(url: string): string {
	const path = sitePath(new URL(url, 'http://site/').pathname);
	if (!path) throw new Error(`${url} is outside the site's base`);
	return join(dist, path);
}

/** Static imports of a built module (`import{a}from"./x.js"`), resolved to site URLs. Dynamic ones are not followed. */
function staticImports(url: string): string[] {
	const code = readFileSync(fileOf(url), 'utf8');
	const found = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
	return found.map((specifier) => new URL(specifier, new URL(url, 'http://site/')).pathname);
}

export interface PageWeight {
	/** The page's HTML. */
	html: number;
	/** Stylesheets it links, by URL, and their total. */
	css: Map<string, number>;
	cssTotal: number;
	/** Module scripts it loads before any interaction (entry points and their static imports). */
	modules: Map<string, number>;
	modulesTotal: number;
	/** Scripts that block rendering: classic scripts with a `src`, and inline classic ones. */
	blocking: { src?: string; inlineBytes?: number }[];
}

/** Weighs one page, by its site path (`/A/RES/76/299/`). */
export function weighPage(path: string): PageWeight {
	const document = loadPage(path);
	const htmlFile = join(dist, path.endsWith('/') ? `${path}index.html` : path);
	const css = new Map<string, number>();
	for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
		const href = link.getAttribute('href')!;
		css.set(href, gzipSize(readFileSync(fileOf(href))));
	}
	const modules = new Map<string, number>();
	const pending = [...document.querySelectorAll('script[type="module"][src]')].map((s) => s.getAttribute('src')!);
	while (pending.length > 0) {
		const url = pending.pop()!;
		if (modules.has(url)) continue;
		modules.set(url, gzipSize(readFileSync(fileOf(url))));
		pending.push(...staticImports(url));
	}
	const blocking = [...document.querySelectorAll('script')]
		.filter((s) => !['module', 'application/ld+json', 'application/json'].includes(s.getAttribute('type') ?? '') && !s.hasAttribute('defer') && !s.hasAttribute('async'))
		.map((s) => (s.getAttribute('src') ? { src: s.getAttribute('src')! } : { inlineBytes: Buffer.byteLength(s.textContent ?? '') }));
	const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
	return { html: gzipSize(readFileSync(htmlFile)), css, cssTotal: sum(css), modules, modulesTotal: sum(modules), blocking };
}

/** Every stylesheet the build wrote, with its total gzip weight. */
export function allCss(): number {
	const folder = join(dist, '_astro');
	if (!existsSync(folder)) return 0;
	return readdirSync(folder)
		.filter((name) => name.endsWith('.css'))
		.reduce((total, name) => total + gzipSize(readFileSync(join(folder, name))), 0);
}

/** The budgets of issue "Hold the whole site to the bar of the best". */
export const budgets = {
	html: 14 * 1024,
	css: 10 * 1024,
	enhancement: 6 * 1024,
	inlineScript: 512,
	/** A long resolution's page may weigh this many times the gzip of its own text (the words it prints)… */
	textFactor: 2.5,
	/** …and two languages side by side this many. */
	sideBySideFactor: 5,
};

/**
 * The words a page exists to carry, gzipped: on a document page the resolution's text and the
 * facts of its record (sponsors, voters), side by side both texts.
 */
export function ownTextWeight(path: string): number {
	const page = loadPage(path);
	const parts = [...page.querySelectorAll('[data-pagefind-body], .facts, .compare .rows')];
	return parts.length > 0 ? gzipSize(parts.map((part) => part.textContent ?? '').join(' ').replace(/\s+/g, ' ')) : 0;
}

/**
 * The HTML budget of a page: 14 KB, or for a long resolution 2.5 times the gzip of its own text
 * (5 times side by side), so that markup per paragraph stays small however long the text.
 */
export function htmlBudget(path: string): number {
	const factor = /\/compare\//.test(path) ? budgets.sideBySideFactor : budgets.textFactor;
	return Math.max(budgets.html, Math.ceil(factor * ownTextWeight(path)));
}
