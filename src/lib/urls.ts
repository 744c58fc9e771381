/**
 * Published paths of the site. The path mirrors the UN symbol, as undocs.org does, so a reader
 * who knows the symbol can type the URL: `/A/RES/76/299/`. English has no language prefix.
 */

/** Prefixes a site path with Astro's `base`, so the site works under a sub-path too. */
export function withBase(path: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	return `${base}${path}`;
}

/**
 * The symbol as undocs.org writes it in a URL, without spaces: `A/RES/76/235 B` → `A/RES/76/235B`,
 * `A/RES/76/84 A-B` → `A/RES/76/84A-B`.
 */
export function symbolPath(symbol: string): string {
	return symbol.replace(/\s+/g, '');
}

/** The folder of a resolution's content: `A/RES/76/299` → `a-res-76-299`, `A/RES/76/235 B` → `a-res-76-235b`. */
export function resolutionSlug(symbol: string): string {
	return symbolPath(symbol).toLowerCase().replaceAll('/', '-');
}

/** Path of a resolution's document page, without base: `/A/RES/76/299/` or `/fr/A/RES/76/299/`. */
export function resolutionPath(symbol: string, language: string): string {
	return language === 'en' ? `/${symbolPath(symbol)}/` : `/${language}/${symbolPath(symbol)}/`;
}

/** Path of the search page in a language, without base: `/search/`, `/fr/search/`. */
export function searchPath(language: string): string {
	return language === 'en' ? '/search/' : `/${language}/search/`;
}

/** Path of one paragraph's own page, without base: `/A/RES/76/299/op5/`. */
export function paragraphPath(symbol: string, language: string, anchor: string): string {
	return `${resolutionPath(symbol, language)}${anchor}/`;
}

/** Path of a data file beside a resolution's document page, without base: `/A/RES/76/299/data.json`. */
export function dataPath(symbol: string, language: string, fileName: string): string {
	return `${resolutionPath(symbol, language)}${fileName}`;
}

/** Absolute URL of a site path (base included) on the site's public origin (`site` in the Astro config). */
export function absoluteUrl(path: string, site: URL | string): string {
	return new URL(withBase(path), site).href;
}

/**
 * Path of a resolution's languages side by side, without base: `/A/RES/76/299/compare/`; with a
 * pair, the two shown first: `/A/RES/76/299/compare/?pair=fr-en` (the page reads it with JavaScript).
 */
export function sideBySidePath(symbol: string, pair?: readonly [string, string]): string {
	return `${resolutionPath(symbol, 'en')}compare/${pair ? `?pair=${pair.join('-')}` : ''}`;
}

/**
 * Whether a page path (with or without base and leading slash) is a side-by-side pair page as first
 * published (`/A/RES/76/299/compare/fr-en/`), now a redirect page: not a page of its own.
 */
export const isPairRedirectPath = (path: string): boolean => /(?:^|\/)compare\/[a-z]{2}-[a-z]{2}\/$/.test(path);

/**
 * A resolution's document page as a site path (leading slash optional, no base): the symbol after
 * a language prefix or none. Groups: the language (none in English), the symbol's path. A
 * resolution's number begins with a digit (`A/RES/76/299`, `A/RES/ES-11/1`); the session's list
 * pages under the same folder begin with a letter (`/A/RES/76/subject/…`).
 */
export const documentPathPattern = /^\/?(?:(ar|zh|fr|ru|es)\/)?([A-Z]+\/RES\/[^/]+\/[0-9][^/]*)\/$/u;

/** Whether a site path is a resolution's document page (`/fr/A/RES/76/299/`): see `documentPathPattern`. */
export const isDocumentPath = (path: string): boolean => documentPathPattern.test(path);

/**
 * A session's list as a site path: whole (`/A/RES/76/`), in an order or an index (`/A/RES/76/by-date/`,
 * `/A/RES/76/subject/`), or filtered (`/fr/A/RES/76/committee/third/`): no resolution number.
 */
export const sessionListPathPattern = /^\/?(?:(?:ar|zh|fr|ru|es)\/)?A\/RES\/[^/]+\/(?:[a-z][^/]*\/(?:[^/]+\/)?)?$/u;

/** Whether a site path is one of a session's list pages: see `sessionListPathPattern`. */
export const isSessionListPath = (path: string): boolean => sessionListPathPattern.test(path);

/** Path of the page of what changed in a resolution since its predecessor, without base: `/A/RES/76/72/changes/`. */
export function changesPath(symbol: string, language: string): string {
	return `${resolutionPath(symbol, language)}changes/`;
}

/** Whether a page path (without base) is a changes page: `/A/RES/76/72/changes/`, `/fr/A/RES/76/72/changes/`. */
export function isChangesPath(path: string): boolean {
	return /^\/(?:[a-z]{2}\/)?A\/RES\/[^/]+\/[^/]+\/changes\/$/.test(path);
}
