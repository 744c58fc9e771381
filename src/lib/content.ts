/**
 * The bridge from Astro's content collections to the Resolution model. Built once per build:
 * every page asks here instead of reading content itself.
 */
import { getCollection } from 'astro:content';
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
 * `getStaticPaths` of the routes beside a document page (`/A/RES/76/299/data.json`…): one path
 * per resolution in `language`, with the resolution as a prop.
 */
export async function resolutionPaths(language: string): Promise<{ params: { symbol: string }; props: { resolution: Resolution } }[]> {
	return (await getResolutions())
		.filter((resolution) => resolution.facts.language === language)
		.map((resolution) => ({ params: { symbol: resolution.facts.symbol }, props: { resolution } }));
}
