/**
 * A citation typed as a search query ("76/299 op 5", "résolution 76/299, par. 5 a)"), found on the
 * site: part of the search panel, asked only when a query holds a resolution's number.
 */
import { citedAnchor, citedPlace, type CitedPlace } from '../lib/search/citation-query';
import { paragraphPath, resolutionPath, withBase } from '../lib/urls';

/** The place a citation typed as the query names, found on the site: where it leads and how to name it. */
export interface CitedHit {
	url: string;
	title: string;
	excerpt: string;
}

/**
 * Finds the place a citation names on the site, in the panel's language: the paragraph's own page
 * (its designation, its words, and whether the sub-paragraph cited is in it), else the resolution's
 * page; undefined when the site has neither.
 */
async function findPlace(place: CitedPlace, language: string): Promise<CitedHit | undefined> {
	const documentUrl = withBase(resolutionPath(place.symbol, language));
	const anchor = citedAnchor(place);
	if (anchor) {
		const response = await fetch(withBase(paragraphPath(place.symbol, language, `${place.kind}${place.n}`)));
		if (response.ok) {
			const page = new DOMParser().parseFromString(await response.text(), 'text/html');
			const found = page.getElementById(anchor) ? anchor : `${place.kind}${place.n}`;
			const designation = page.title.split(' · ')[0] ?? '';
			const letters = found === anchor && place.points ? ` ${place.points.map((point) => `(${point})`).join(' ')}` : '';
			return { url: `${documentUrl}#${found}`, title: `${place.symbol} · ${designation}${letters}`, excerpt: page.querySelector('meta[name="description"]')?.getAttribute('content') ?? '' };
		}
	}
	const response = await fetch(documentUrl, { method: 'HEAD' });
	return response.ok ? { url: documentUrl, title: place.symbol, excerpt: '' } : undefined;
}

/** The place a query cites, found on the site in `language`, or undefined when it cites nothing the site has. */
export async function citedHit(query: string, language: string): Promise<CitedHit | undefined> {
	const place = citedPlace(query);
	return place ? findPlace(place, language) : undefined;
}
