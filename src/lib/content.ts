/**
 * The bridge from the content files to the pages. Built once per build: every page asks here
 * instead of reading content itself. `RESOLUTIONS` limits a build to some resolutions (a
 * comma-separated list of symbols or content folders: `A/RES/76/299,a-res-76-1`), for quick
 * builds and for building a site in parts. `EXTRA_CONTENT` adds other content roots (a
 * comma-separated list of folders laid out as content/resolutions is), for builds that tests make
 * of made-up fixtures (tests/fixtures/content/constructs) beside the published resolutions.
 * `SHARD` (the same syntax as `RESOLUTIONS`) makes the build one part of a site built in shards: it
 * still reads every published resolution, for what lists or links them all (the home page, the
 * language switchers), but renders the pages of the selected ones only (see scripts/merge-shards.ts).
 */
import { languages } from '../i18n/languages';
import { ContentError } from './content-error';
import { shardSelection } from './shard';
import { contentFolders, contentRoot, loadFolder } from './content-files';
import type { Resolution } from './resolution';
import { resolutionPath, resolutionSlug } from './urls';

let resolutions: Resolution[] | undefined;

/**
 * The resolutions this build publishes: `RESOLUTIONS`, or every one. Each comma-separated item is
 * a symbol (`A/RES/76/299`), a content folder (`a-res-76-299`), a range of numbers in a session
 * (`A/RES/76/1-150`: every resolution numbered 1 to 150, parts included) or a whole session
 * (`A/RES/76/*`), so that a site can be built in shards.
 */
export function selectedSlugs(selection = process.env.RESOLUTIONS): (slug: string) => boolean {
	if (!selection?.trim()) return () => true;
	const tests = selection.split(',').map((item) => item.trim()).filter(Boolean).map(selectionItem);
	return (slug) => tests.some((test) => test(slug));
}

/** The session and number a content folder's name gives: `a-res-76-84a-b` → 76, 84; `a-res-es-11-1` → es-11, 1. */
export function slugNumber(slug: string): { session: string; number: number } | undefined {
	const match = /^a-res-(.+?)-(\d+)(?:[a-z]+(?:-[a-z]+)*)?$/.exec(slug);
	return match ? { session: match[1]!, number: Number(match[2]) } : undefined;
}

/** One item of `RESOLUTIONS` as a test on content folders' names; an item it cannot read is an error, not an empty build. */
function selectionItem(item: string): (slug: string) => boolean {
	const range = /^A\/RES\/([^/]+)\/(\d+)-(\d+)$/i.exec(item);
	if (range) {
		const [session, from, to] = [range[1]!.toLowerCase(), Number(range[2]), Number(range[3])];
		if (from > to) throw new Error(`RESOLUTIONS: "${item}" is a range from ${from} down to ${to}; expected the lower number first`);
		return (slug) => {
			const found = slugNumber(slug);
			return found?.session === session && found.number >= from && found.number <= to;
		};
	}
	const session = /^A\/RES\/([^/]+)\/\*$/i.exec(item);
	if (session) return (slug) => slugNumber(slug)?.session === session[1]!.toLowerCase();
	if (item.includes('*')) throw new Error(`RESOLUTIONS: "${item}" is not a symbol, a content folder, a range (A/RES/76/1-150) or a session (A/RES/76/*)`);
	const wanted = item.includes('/') ? resolutionSlug(item) : item.toLowerCase();
	return (slug) => slug === wanted;
}

/** Every resolution in every language this build publishes, checked, in symbol and language order. */
export function getResolutions(): Resolution[] {
	resolutions ??= loadResolutions();
	return resolutions;
}

/** The content roots this build reads: content/resolutions, then any `EXTRA_CONTENT` folders (tests' made-up fixtures). */
export function contentRoots(extra = process.env.EXTRA_CONTENT): string[] {
	return [contentRoot, ...(extra ?? '').split(',').map((root) => root.trim()).filter(Boolean)];
}

/**
 * Every language folder under `roots` whose slug is selected, read with `loadFolder()` and checked
 * against its place (`checkPlace()`), in symbol and language order: what the build publishes.
 */
export function loadResolutions(roots: string | string[] = contentRoots(), selected = selectedSlugs()): Resolution[] {
	const loaded = (typeof roots === 'string' ? [roots] : roots)
		.flatMap((root) => contentFolders(root))
		.filter(({ slug }) => selected(slug))
		.map(({ slug, language, folder }) => checkPlace(loadFolder(folder), slug, language));
	return loaded.sort(readingOrder);
}

/** The order resolutions are listed and read in: by symbol (`compareSymbols()`), then in the UN's order of languages. */
export function readingOrder(a: Resolution, b: Resolution): number {
	const order: string[] = languages.map((language) => language.code);
	return compareSymbols(a.facts.symbol, b.facts.symbol) || order.indexOf(a.facts.language) - order.indexOf(b.facts.language);
}

/** A resolution is in the folder of its language, inside the folder its symbol names (`a-res-76-299/fr/`). */
export function checkPlace(resolution: Resolution, slug: string, language: string): Resolution {
	if (resolution.facts.language !== language) {
		throw new ContentError(resolution.file, 'language', `"${language}", the name of its folder (one folder per language)`, `"${resolution.facts.language}"`);
	}
	if (resolutionSlug(resolution.facts.symbol) !== slug) {
		throw new ContentError(resolution.file, 'symbol', `a symbol whose folder is ${slug}/`, `${resolution.facts.symbol}, whose folder is ${resolutionSlug(resolution.facts.symbol)}/`);
	}
	return resolution;
}

/** Symbols in the order a reader expects: A/RES/76/2 before A/RES/76/10, then parts, then emergency sessions. */
export function compareSymbols(a: string, b: string): number {
	return a.localeCompare(b, 'en', { numeric: true });
}

/** One resolution in one language; throws when there is none, since a page asked for it. */
export function getResolution(symbol: string, language: string): Resolution {
	const found = getResolutions().find((r) => r.facts.symbol === symbol && r.facts.language === language);
	if (!found) throw new Error(`No content for ${symbol} in language "${language}"`);
	return found;
}

/**
 * Route parameters of every resolution's pages in every language: the page path without its
 * slashes, `A/RES/76/299` or `fr/A/RES/76/299`, for the `[...symbol]` routes.
 */
export function resolutionPagePaths(): { params: { symbol: string }; props: { resolution: Resolution } }[] {
	// A shard renders its own resolutions' pages; every list still holds them all.
	const inShard = selectedSlugs(shardSelection());
	return getResolutions().filter((resolution) => inShard(resolutionSlug(resolution.facts.symbol))).map((resolution) => ({
		params: { symbol: resolutionPath(resolution.facts.symbol, resolution.facts.language).replace(/^\/|\/$/g, '') },
		props: { resolution },
	}));
}

/**
 * Whether this build renders a resolution's paragraph pages: `PARAGRAPH_PAGES` (the syntax of
 * `RESOLUTIONS`) limits them to some resolutions, or every one when unset. The test build of
 * `npm test` renders every document page, data file and list but the paragraph pages of the fixed
 * set and a share of each session only (package.json `build:test`): nine pages in ten are
 * paragraph pages, one template over text the document pages already hold, and building them all
 * for every session took most of the test run. Published builds leave it unset.
 */
export function rendersParagraphPages(selection = process.env.PARAGRAPH_PAGES): (resolution: Resolution) => boolean {
	const selected = selectedSlugs(selection);
	return (resolution) => selected(resolutionSlug(resolution.facts.symbol));
}

const bySymbol = new Map<string, Resolution[]>();

/** Every language a symbol is published in, in the UN's order of languages; empty when it is not published here. */
export function publishedVersions(symbol: string): Resolution[] {
	if (bySymbol.size === 0) {
		for (const each of getResolutions()) {
			let list = bySymbol.get(each.facts.symbol);
			if (!list) bySymbol.set(each.facts.symbol, (list = []));
			list.push(each);
		}
	}
	return bySymbol.get(symbol) ?? [];
}

/** The same resolution in every language it is published in, in the UN's order of languages. */
export function translationsOf(resolution: Resolution): Resolution[] {
	const versions = publishedVersions(resolution.facts.symbol);
	return versions.length > 0 ? versions : [resolution];
}

/** The version of a resolution to link from a page in `language`: that language's, else English, else the first. */
export function linkedVersion(versions: readonly Resolution[], language: string): Resolution | undefined {
	return versions.find((r) => r.facts.language === language) ?? versions.find((r) => r.facts.language === 'en') ?? versions[0];
}
