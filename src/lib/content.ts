/**
 * The bridge from Astro's content collections to the Resolution model. Built once per build:
 * every page asks here instead of reading content itself.
 */
import { getCollection } from 'astro:content';
import { languages } from '../i18n/languages';
import { resolutionPath } from './urls';
import { buildResolutions, type ContentFile, type Resolution } from './resolution';

let resolutions: Promise<Resolution[]> | undefined;

/** Every resolution in every language, checked. */
export function getResolutions(): Promise<Resolution[]> {
	resolutions ??= load();
	return resolutions;
}

/** One resolution in one language; throws when there is none, since a page asked for it. */
export async function getResolution(symbol: string, language: string): Promise<Resolution> {
	const found = (await getResolutions()).find((r) => r.facts.symbol === symbol && r.facts.language === language);
	if (!found) throw new Error(`No content for ${symbol} in language "${language}"`);
	return found;
}

async function load(): Promise<Resolution[]> {
	const [resolutionEntries, paragraphEntries] = await Promise.all([getCollection('resolutions'), getCollection('paragraphs')]);
	return buildResolutions(resolutionEntries.map(toContentFile), paragraphEntries.map(toContentFile));
}

function toContentFile<Data>(entry: { id: string; filePath?: string | undefined; body?: string | undefined; data: Data }): ContentFile<Data> {
	return { filePath: entry.filePath ?? entry.id, data: entry.data, body: entry.body ?? '' };
}

/**
 * Route parameters of every resolution's pages in every language: the page path without its
 * slashes, `A/RES/76/299` or `fr/A/RES/76/299`, for the `[...symbol]` routes.
 */
export async function resolutionPagePaths(): Promise<{ params: { symbol: string }; props: { resolution: Resolution } }[]> {
	return (await getResolutions()).map((resolution) => ({
		params: { symbol: resolutionPath(resolution.facts.symbol, resolution.facts.language).replace(/^\/|\/$/g, '') },
		props: { resolution },
	}));
}

/** The same resolution in every language it is published in, in the UN's order of languages. */
export async function translationsOf(resolution: Resolution): Promise<Resolution[]> {
	const order: string[] = languages.map((language) => language.code);
	return (await getResolutions())
		.filter((other) => other.facts.symbol === resolution.facts.symbol)
		.sort((a, b) => order.indexOf(a.facts.language) - order.indexOf(b.facts.language));
}
