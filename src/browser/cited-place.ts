/**
 * A citation typed as a search query ("76/299 op 5", "résolution 76/299, par. 5 a)"), found on the
 * site: part of the search panel, asked only when a query holds a resolution's number.
 */
import { citedAnchor, citedPlace, citedSymbols, type CitedPlace } from '../lib/search/citation-query';
import { paragraphPath, resolutionPath, withBase } from '../lib/urls';

/** The place a citation typed as the query names, found on the site: where it leads and how to name it. */
export interface CitedHit {
	url: string;
	title: string;
	excerpt: string;
}

/** Whether the site has a page: a HEAD request, nothing downloaded. */
async function exists(url: string): Promise<boolean> {
	return (await fetch(url, { method: 'HEAD' }).catch(() => undefined))?.ok ?? false;
}

/**
 * The resolution a citation names, as the site has it in `language`: the number alone ("76/10"),
 * else, for a number with parts ("76/84", "76/84 B"), the resolution of that part or the one in
 * parts that holds it, asked all at once.
 */
async function citedResolution(place: CitedPlace, language: string): Promise<{ symbol: string; inPart: boolean } | undefined> {
	const [first, ...others] = citedSymbols(place);
	if (await exists(withBase(resolutionPath(first!.symbol, language)))) return first;
	const found = await Promise.all(others.map((other) => exists(withBase(resolutionPath(other.symbol, language)))));
	return others[found.indexOf(true)];
}

/**
 * Finds the place a citation names on the site, in the panel's language: the paragraph's own page
 * (its designation, its words, and whether the sub-paragraph cited is in it), else the resolution's
 * page (at the part or section cited); undefined when the site has neither.
 */
async function findPlace(place: CitedPlace, language: string): Promise<CitedHit | undefined> {
	const resolution = await citedResolution(place, language);
	if (!resolution) return undefined;
	const { symbol, inPart } = resolution;
	const documentUrl = withBase(resolutionPath(symbol, language));
	const anchor = citedAnchor(place, inPart);
	const paragraph = citedAnchor({ ...place, points: undefined }, inPart);
	if (place.kind && paragraph) {
		const response = await fetch(withBase(paragraphPath(symbol, language, paragraph)));
		if (response.ok) {
			const page = new DOMParser().parseFromString(await response.text(), 'text/html');
			const found = anchor && page.getElementById(anchor) ? anchor : paragraph;
			const designation = page.title.split(' · ')[0] ?? '';
			const letters = found === anchor && place.points ? ` ${place.points.map((point) => `(${point})`).join(' ')}` : '';
			return { url: `${documentUrl}#${found}`, title: `${symbol} · ${designation}${letters}`, excerpt: page.querySelector('meta[name="description"]')?.getAttribute('content') ?? '' };
		}
		if (!place.part && place.section === undefined) return { url: documentUrl, title: symbol, excerpt: '' };
	}
	// A part or a section (the resolution's page at it), or a paragraph the site does not have in it (the resolution).
	const scope = citedAnchor({ ...place, kind: undefined, n: undefined }, inPart);
	return { url: scope ? `${documentUrl}#${scope}` : documentUrl, title: inPart ? `${place.symbol} ${place.part}` : symbol, excerpt: '' };
}

/** The place a query cites, found on the site in `language`, or undefined when it cites nothing the site has. */
export async function citedHit(query: string, language: string): Promise<CitedHit | undefined> {
	const place = citedPlace(query);
	return place ? findPlace(place, language) : undefined;
}
