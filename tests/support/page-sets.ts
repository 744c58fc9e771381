/**
 * Which pages each kind of test runs on. With about 90,000 built pages, the cheap checks of built
 * files (links, budgets, the URL contract, fidelity to the UN's files) run on every page; the
 * expensive ones run on chosen pages:
 *
 * - the fixed set (`samplePages`): the sample resolutions and the made-up fixtures, each language's
 *   document page, first and last paragraph pages and side by side; html-validate reads it;
 * - the smallest set (`smallestPages`): from the fixed set, the fewest pages that still show every
 *   construct in each writing direction, for each kind of page, and each kind of page in every
 *   language; axe in Chromium and the W3C Nu checker, the slowest checks of `npm test`, read it.
 *
 * `tests/build/page-sets.test.ts` proves that the fixed set holds every construct the content has
 * in each language, and the smallest set every construct the fixed set shows, so that a construct
 * cannot slip out of the browser tests unseen.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Resolution } from '../../src/lib/resolution';
import { isRedirectPagePath } from '../../src/lib/moved-anchors';
import { isChangesPath, isDocumentPath, isPairRedirectPath, isSessionListPath } from '../../src/lib/urls';
import { htmlPages, loadPage, pageFile } from './dist';
import { fixtureSymbols } from './fixtures';

/**
 * Resolutions whose pages hold, between them, every construct the UN's files use, in every
 * language they are published in (what each brings is checked, not trusted):
 * tests/fixtures/sample-resolutions.json. The base-path build of `npm test` builds only these.
 */
export const sampleSymbols: readonly string[] = JSON.parse(readFileSync(new URL('../fixtures/sample-resolutions.json', import.meta.url), 'utf8'));

/** Each construct of the text: how to know it in the model, and its mark on a built page. */
export const constructs: [name: string, inContent: (resolution: Resolution) => boolean, onPage: string][] = [
	['lettered sub-paragraphs', (r) => r.paragraphs.some((p) => p.points.length > 0), '.point'],
	['sub-paragraphs of sub-paragraphs', (r) => r.paragraphs.some((p) => p.points.some((point) => point.points.length > 0)), '.point .point'],
	['words after sub-paragraphs', (r) => r.paragraphs.some((p) => p.wrapUp.length > 0), '.wrap-up'],
	['headings', (r) => r.blocks.some((b) => b.type === 'heading'), '.heading'],
	['sections', (r) => r.blocks.some((b) => b.type === 'section'), '.section'],
	['tables', (r) => r.blocks.some((b) => b.type === 'table'), '.table table'],
	['annexes', (r) => r.blocks.some((b) => b.type === 'annex'), '.annex'],
	['parts', (r) => r.blocks.some((b) => b.type === 'part'), '.part'],
	['unnumbered operative paragraphs', (r) => r.paragraphs.some((p) => p.kind === 'operative' && p.num === undefined), '.paragraph.operative.unnumbered'],
	['footnotes', (r) => r.footnotes.length > 0, '.footnotes li'],
	['raised text', (r) => JSON.stringify(r.blocks).includes('"superscript"'), 'sup:not(.footnote-ref)'],
	['links outside undocs.org', (r) => JSON.stringify(r.blocks).includes('"externalLink"'), 'a[rel~="external"]'],
	['recorded votes', (r) => r.facts.adopted.vote.type === 'recorded', '.vote'],
];

const languagePrefix = /^\/(ar|zh|fr|ru|es)\//;
const resolutionPage = /^\/(?:(?:ar|zh|fr|ru|es)\/)?[A-Z]+\/RES\//;

/** What a page of the site is, for choosing pages: a resolution's document, paragraph or side-by-side page, a redirect page, a session's list, a Member State's page, or any other. */
export type PageKind = 'document' | 'paragraph' | 'side by side' | 'changes' | 'redirect' | 'session list' | 'member state' | 'other';

/** A Member State's page (`/fr/member-states/bolivia/`): 193 in each language, of one template. */
const memberStatePage = /^\/(?:(?:ar|zh|fr|ru|es)\/)?member-states\/([^/]+)\/$/;
/** The States whose pages the fixed set holds: one whose name has parentheses, one that often did not vote. */
const sampleStates = new Set(['bolivia', 'venezuela']);

export function pageKind(path: string): PageKind {
	if (isSessionListPath(path)) return 'session list';
	if (memberStatePage.test(path)) return 'member state';
	if (!resolutionPage.test(path)) return 'other';
	// A pair URL, a moved paragraph's page or a withdrawn changes page first published, now a small page that sends the reader on.
	if (isRedirectPagePath(path)) return 'redirect';
	if (path.includes('/compare/')) return 'side by side';
	if (isChangesPath(path)) return 'changes';
	return isDocumentPath(path) ? 'document' : 'paragraph';
}

/** The language of a page, from its path (side-by-side pages are under the English path). */
export function pageLanguage(path: string): string {
	return languagePrefix.exec(path)?.[1] ?? 'en';
}


/** The document page of a resolution in a language, as a site path. */
function documentPaths(symbol: string): RegExp {
	const path = symbol.replace(/\s+/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`^/(?:(?:ar|zh|fr|ru|es)/)?${path}/`);
}

let fixedSet: string[] | undefined;

/**
 * The fixed set, as site paths: every page that is not a resolution's (home, search, 404…) but
 * the Member States' pages, of which it holds those of a few States (`sampleStates`), and
 * for each sample resolution and each made-up construct fixture (where the build holds them), in
 * each language, its document page, its first and last paragraph pages, its changes page where it
 * has one, and its side-by-side page with one of the redirect pages of the side-by-side pairs first published.
 */
export function samplePages(): string[] {
	if (fixedSet) return fixedSet;
	const all = htmlPages().map((page) => page.path);
	const chosen = new Set<string>();
	const state = (path: string) => memberStatePage.exec(path)?.[1];
	for (const path of all) if (!resolutionPage.test(path) && (state(path) === undefined || sampleStates.has(state(path)!))) chosen.add(path);
	// In every language each session's whole list and both indexes; in English one list of each kind besides: an order, each facet's first value.
	const lists = all.filter((path) => pageKind(path) === 'session list');
	for (const path of lists) if (/^\/(?:[a-z]{2}\/)?A\/RES\/[^/]+\/(?:agenda-item\/|subject\/)?$/.test(path)) chosen.add(path);
	for (const view of ['by-date/', 'committee/', 'adopted/', 'month/', 'sdg/']) {
		const first = lists.find((path) => /^\/A\/RES\/[^/]+\//.test(path) && path.replace(/^\/A\/RES\/[^/]+\//, '').startsWith(view));
		if (first) chosen.add(first);
	}
	for (const symbol of [...sampleSymbols, ...fixtureSymbols]) {
		const pattern = documentPaths(symbol);
		const pages = all.filter((path) => pattern.test(path));
		const documents = pages.filter((path) => path.replace(pattern, '') === '');
		for (const document of documents) {
			chosen.add(document);
			const inside = pages.filter((path) => path.startsWith(document) && path !== document);
			const paragraphs = inside.filter((path) => !path.includes('/compare/') && !isChangesPath(path));
			// The side-by-side page (under the English document's path), and one of the pair URLs first published, now redirect pages.
			const compare = inside.find((path) => path === `${document}compare/`);
			const redirect = inside.find(isPairRedirectPath);
			const changes = inside.find(isChangesPath);
			for (const page of [paragraphs[0], paragraphs.at(-1), compare, redirect, changes]) if (page) chosen.add(page);
		}
	}
	return (fixedSet = [...chosen].sort());
}

/** The names of the constructs a built page shows. */
export function constructsShown(path: string): Set<string> {
	const document = loadPage(path);
	return new Set(constructs.filter(([, , onPage]) => document.querySelector(onPage)).map(([name]) => name));
}

/**
 * The template of a page that one template makes many of in each language, each entry a line of
 * the same markup: a session's list (whole, in an order or filtered), its two indexes, a Member
 * State's page and the Member States' index. Undefined for any other page.
 */
export function listTemplate(path: string): string | undefined {
	const kind = pageKind(path);
	if (kind === 'member state') return 'member state';
	if (/^\/(?:[a-z]{2}\/)?member-states\/$/.test(path)) return 'member states index';
	if (kind !== 'session list') return undefined;
	const view = /\/A\/RES\/[^/]+\/([a-z-]+)\/$/.exec(path)?.[1];
	return view === 'agenda-item' || view === 'subject' ? `${view} index` : 'session list';
}

/** The writing direction of a page's language: what changes a template's layout. */
export const pageDirection = (path: string): 'rtl' | 'ltr' => (pageLanguage(path) === 'ar' ? 'rtl' : 'ltr');

let smallest: string[] | undefined;

/**
 * The smallest set, as site paths: every page that is not a resolution's and of no list template
 * (home, search, 404: each a template of its own); of each list template (`listTemplate`), its
 * smallest page in each writing direction, and in each language without one yet the smallest of
 * its list pages (a long list is the same line many times over: its length adds axe time, not
 * proof); and, for each kind of resolution page and each writing direction, pages of the fixed set
 * chosen greedily (the one showing most constructs not yet shown for its size first) until they
 * show every construct the fixed set's pages of that kind and direction show; and of each kind in
 * each language at least one page, its smallest. Greedy set cover is not always the very smallest,
 * but it is close and stable.
 */
export function smallestPages(): string[] {
	if (smallest) return smallest;
	const fixed = samplePages();
	const bytes = (path: string) => statSync(pageFile(path)).size;
	const smallestOf = (paths: string[]) => paths.reduce((best, path) => (bytes(path) < bytes(best) ? path : best));
	const chosen = fixed.filter((path) => pageKind(path) === 'other' && listTemplate(path) === undefined);
	const lists = fixed.filter((path) => listTemplate(path) !== undefined);
	for (const template of new Set(lists.map(listTemplate))) {
		for (const direction of ['ltr', 'rtl']) {
			const pages = lists.filter((path) => listTemplate(path) === template && pageDirection(path) === direction);
			if (pages.length > 0) chosen.push(smallestOf(pages));
		}
	}
	for (const language of new Set(lists.map(pageLanguage))) {
		if (!chosen.some((path) => listTemplate(path) !== undefined && pageLanguage(path) === language)) chosen.push(smallestOf(lists.filter((path) => pageLanguage(path) === language)));
	}
	// Constructs are covered per kind and writing direction: the templates' markup is the same in the
	// five left-to-right languages, and covering them in each language once put every large document
	// page of the fixed set through axe five times. Each language still has its smallest page of each kind.
	const groups = new Map<string, { path: string; shows: Set<string>; bytes: number }[]>();
	const byLanguage = new Map<string, string[]>();
	for (const path of fixed) {
		const kind = pageKind(path);
		if (kind === 'other' || listTemplate(path) !== undefined) continue;
		const key = `${kind} ${pageDirection(path)}`;
		groups.set(key, [...(groups.get(key) ?? []), { path, shows: constructsShown(path), bytes: bytes(path) }]);
		const language = `${kind} ${pageLanguage(path)}`;
		byLanguage.set(language, [...(byLanguage.get(language) ?? []), path]);
	}
	for (const candidates of groups.values()) {
		const wanted = new Set(candidates.flatMap(({ shows }) => [...shows]));
		const picked: typeof candidates = [];
		while (wanted.size > 0) {
			// The most constructs not yet shown for the fewest bytes: axe's time grows with the page.
			const value = (page: (typeof candidates)[number]) => [...page.shows].filter((name) => wanted.has(name)).length / page.bytes;
			const next = candidates.reduce((best, page) => (value(page) > value(best) ? page : best));
			picked.push(next);
			for (const name of next.shows) wanted.delete(name);
		}
		// A kind and language whose pages show no construct: its smallest page stands for the template.
		if (picked.length === 0) picked.push(candidates.reduce((best, page) => (page.bytes < best.bytes ? page : best)));
		chosen.push(...picked.map(({ path }) => path));
	}
	for (const paths of byLanguage.values()) if (!paths.some((path) => chosen.includes(path))) chosen.push(smallestOf(paths));
	return (smallest = [...new Set(chosen)].sort());
}
