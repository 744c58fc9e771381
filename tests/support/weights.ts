/**
 * What a reader's browser downloads for a page, weighed as it travels (gzip). Shared by the
 * budget tests and `npm run bench`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { languages } from '../../src/i18n/languages';
import type { ParagraphJson, ResolutionJson } from '../../src/lib/exports/json';
import { footnotesOf, paragraphsOf, pointsOf } from '../../src/lib/exports/json-walk';
import { documentPathPattern, isChangesPath, isSessionListPath } from '../../src/lib/urls';
import { hasClass, readMarkup, textOf, type MarkupElement } from '../../src/lib/search/markup';
import { dist, pageFile, sitePath } from './dist';

const languageCodes = languages.map((language) => language.code);

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
	/** The page's HTML, gzipped (or its raw bytes, an upper bound, below `boundBelow`). */
	html: number;
	/** Stylesheets it links, by URL, and their total. */
	css: Map<string, number>;
	cssTotal: number;
	/** Module scripts it loads before any interaction (entry points and their static imports). */
	modules: Map<string, number>;
	modulesTotal: number;
	/** Scripts that block rendering: classic scripts with a `src`, and inline classic ones (with their code). */
	blocking: { src?: string; inlineBytes?: number; inline?: string }[];
}

/** Gzip weights of the site's own assets, by URL: every page links the same few. */
const assetWeights = new Map<string, number>();
function assetWeight(url: string): number {
	let weight = assetWeights.get(url);
	if (weight === undefined) assetWeights.set(url, (weight = gzipSize(readFileSync(fileOf(url)))));
	return weight;
}
const importsOf = new Map<string, string[]>();

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * Weighs one page, by its site path (`/A/RES/76/299/`). Read with regular expressions over the
 * built file rather than a DOM: the build writes these tags itself, and 90,000 pages must be quick.
 */
export function weighPage(path: string, { boundBelow = 0 } = {}): PageWeight {
	const htmlFile = pageFile(path);
	const html = readFileSync(htmlFile);
	const text = html.toString('utf8');
	const css = new Map<string, number>();
	for (const [tag] of text.matchAll(/<link\b[^>]*>/g)) {
		if (attribute(tag, 'rel') === 'stylesheet') css.set(attribute(tag, 'href')!, assetWeight(attribute(tag, 'href')!));
	}
	const modules = new Map<string, number>();
	const blocking: PageWeight['blocking'] = [];
	for (const match of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const tag = `<script${match[1]}>`;
		const type = attribute(tag, 'type') ?? '';
		const src = attribute(tag, 'src');
		if (type === 'module' && src) {
			const pending = [src];
			while (pending.length > 0) {
				const url = pending.pop()!;
				if (modules.has(url)) continue;
				modules.set(url, assetWeight(url));
				if (!importsOf.has(url)) importsOf.set(url, staticImports(url));
				pending.push(...importsOf.get(url)!);
			}
		} else if (!['module', 'application/ld+json', 'application/json'].includes(type) && !/\s(?:defer|async)[\s>=]/.test(tag)) {
			blocking.push(src ? { src } : { inlineBytes: Buffer.byteLength(match[2] ?? ''), inline: match[2] ?? '' });
		}
	}
	const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
	// A page whose raw bytes (and gzip's few bytes of framing) are under `boundBelow` cannot weigh more
	// gzipped: its raw size stands for it, an upper bound, which is all a budget needs (and saves gzipping 80,000 small pages).
	const weight = html.length + 64 <= boundBelow ? html.length : gzipSize(html);
	return { html: weight, css, cssTotal: sum(css), modules, modulesTotal: sum(modules), blocking };
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
	/** 10 KB until issue 25 added the changes pages' styles (about 340 bytes). */
	css: 10.5 * 1024,
	enhancement: 6 * 1024,
	/** The search page's code is the search itself (the form, ranking, citations typed as queries): what the header's dialog loads when it opens. */
	search: 10 * 1024,
	inlineScript: 512,
	/**
	 * A long text's page may weigh this many times the gzip of its own text (the words it prints)…
	 * 2.6 since the 77th session (2.5 before): the Chinese 77/100, a convention of many one-line
	 * paragraphs and headings, is 2.57 times its text (each paragraph's search title repeats its first words).
	 */
	textFactor: 2.6,
	/** …and the side-by-side page this many times the texts of all its languages. */
	sideBySideFactor: 5,
};

/** The words of a paragraph of data.json: its text, its sub-paragraphs' (in order, their own after each), the words after them, then its footnotes'. */
function paragraphTexts(data: ResolutionJson, paragraph: ParagraphJson): string[] {
	return [paragraph.text, ...[...pointsOf(paragraph.points)].map((point) => point.text), ...paragraph.wrapUp.map((words) => words.text), ...footnotesOf(data, paragraph).map((note) => note.text)];
}

/**
 * The words a page exists to carry, gzipped: a document page's text as its `data.txt` gives it,
 * with the names its facts panel lists (a recorded vote's, the sponsors'), its citations panel's words and its outline's; side by side the texts of every
 * language the resolution is published in (the page carries them all and shows two); a paragraph's page the paragraph's words (its sub-paragraphs too); a session's list, a Member State's page and a changes page the words it shows; 0 for any other page.
 */
export function ownTextWeight(path: string): number {
	const file = (language: string | undefined, symbolPath: string, name: string) => join(dist, language && language !== 'en' ? `${language}/` : '', symbolPath, name);
	const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
	const data = (language: string | undefined, symbolPath: string) => JSON.parse(read(file(language, symbolPath, 'data.json')) || 'null') as ResolutionJson | null;
	const text = (language: string | undefined, symbolPath: string) => {
		const facts = data(language, symbolPath);
		const vote = facts?.adopted.vote;
		const voters = vote?.type === 'recorded' ? Object.values(vote.voters ?? {}).flat() : [];
		return [read(file(language, symbolPath, 'data.txt')), ...voters, ...(facts?.sponsors ?? []), ...(facts?.additionalSponsors ?? [])].join('\n');
	};
	// A session's list: the words of its entries and filters (symbols, titles, dates, committees, subjects).
	// A Member State's page likewise: its votes and sponsorships, in every session the site holds.
	// A changes page likewise: this year's words and last year's deleted and dropped ones.
	// The page read with the site's own reader (src/lib/search/markup.ts): a DOM of every long page took a minute.
	const page = () => readMarkup(readFileSync(pageFile(path), 'utf8')).elements;
	const words = (element: MarkupElement | undefined) => (element ? textOf(element) : '').replace(/\s+/gu, ' ');
	if (isSessionListPath(path) || /^\/(?:(?:ar|zh|fr|ru|es)\/)?member-states\/[^/]+\/$/u.test(path) || isChangesPath(path)) return gzipSize(words(page().find((element) => element.name === 'main')));
	const compare = /^\/(.+)\/compare\/$/.exec(path);
	if (compare) return gzipSize(languageCodes.map((language) => text(language, compare[1]!)).filter(Boolean).join('\n'));
	const document = documentPathPattern.exec(path);
	// With the words of its citations panel (the resolutions its text cites and those citing it, each with the places) and of its
	// outline, which repeats the headings (a text of many headings, as the Arabic 75/326, shows their words twice).
	if (document) {
		const elements = page();
		const citations = elements.find((element) => hasClass(element, 'citations'));
		const outline = elements.find((element) => element.name === 'nav' && element.attributes.get('aria-labelledby') === 'outline-title');
		return gzipSize(`${text(document[1], document[2]!)}\n${words(citations)}\n${words(outline)}`);
	}
	const paragraph = /^\/(?:(ar|zh|fr|ru|es)\/)?([A-Z]+\/RES\/[^/]+\/[0-9][^/]*)\/([a-zA-Z0-9-]+)\/$/.exec(path);
	const resolution = paragraph ? data(paragraph[1], paragraph[2]!) : null;
	const entry = resolution ? paragraphsOf(resolution).find((p) => p.id === paragraph![3]) : undefined;
	return entry ? gzipSize(paragraphTexts(resolution!, entry).join('\n')) : 0;
}

/**
 * The HTML budget of a page: 14 KB, or for a long resolution or paragraph 2.5 times the gzip of its
 * own text (5 times all its languages' texts side by side), so that markup per paragraph stays small however
 * long the text.
 */
export function htmlBudget(path: string, html?: number): number {
	// Most pages are well within 14 KB: their text need not be weighed.
	if (html !== undefined && html <= budgets.html) return budgets.html;
	const factor = /\/compare\/$/.test(path) ? budgets.sideBySideFactor : budgets.textFactor;
	return Math.max(budgets.html, Math.ceil(factor * ownTextWeight(path)));
}
