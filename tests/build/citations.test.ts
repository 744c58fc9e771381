/**
 * Citations in the built pages (issue 13): a reference to a resolution this site publishes leads
 * to its page here, in the page's language, and that page exists; a reference to anything else
 * keeps its undocs.org link. Runs on any build (the published set is read from the build itself).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolverOf } from '../../src/lib/library/citations';
import { htmlPages, inBatches, loadPage, pageFile, sitePath, urlPath } from '../support/dist';
import { inShare, servedFile, siteOrigin, urlResolves } from '../support/links';

const origin = siteOrigin();
const languages = ['ar', 'zh', 'fr', 'ru', 'es'];
/** A resolution's document page: `/A/RES/76/290/`, `/fr/A/RES/ES-11/4/`, as language and symbol path. */
const documentPage = /^\/(?:(ar|zh|fr|ru|es)\/)?(A\/RES\/[^/]+\/[^/]+)\/$/;
const pages = htmlPages();

/** The built document pages: symbol path (`A/RES/76/84A-B`) → languages. */
const built = new Map<string, Set<string>>();
for (const { path } of pages) {
	const match = documentPage.exec(sitePath(path) ?? '');
	if (!match) continue;
	const languagesOf = built.get(match[2]!) ?? new Set<string>();
	languagesOf.add(match[1] ?? 'en');
	built.set(match[2]!, languagesOf);
}
const resolve = resolverOf(built.keys());
/** The language of a page, by its path (side-by-side pages hold every language: undefined). */
const pageLanguage = (path: string) => (/\/compare\//.test(path) ? undefined : (languages.find((code) => path.startsWith(urlPath(`/${code}/`))) ?? 'en'));

const resolutionPages = pages.filter(({ path }) => /^\/(?:[a-z]{2}\/)?A\/RES\//.test(sitePath(path) ?? ''));

describe.each(inBatches(resolutionPages, ({ path }) => path))('pages %s', (_label, batch) => {
	it('link resolutions published here to their pages here, pages that exist, and others to undocs.org', () => {
		const problems: string[] = [];
		for (const { path, file } of batch) {
			const html = readFileSync(file, 'utf8');
			const own = /<link rel="canonical" href="[^"]*?\/((?:[a-z]{2}\/)?A\/RES\/[^/]+\/[^/]+)\//.exec(html)?.[1]?.replace(/^[a-z]{2}\//, '');
			for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) {
				const url = new URL(href!.replace(/&amp;/g, '&'), new URL(path, origin));
				if (url.origin === origin) {
					if (documentPage.test(sitePath(url.pathname) ?? '') && !urlResolves(url.pathname, url.hash.slice(1) || undefined)) problems.push(`${path}: ${href} does not resolve`);
					continue;
				}
				const undocs = /^https:\/\/undocs\.org\/(ar|zh|en|fr|ru|es)\/(A\/RES\/.+)$/.exec(url.href);
				if (!undocs) continue;
				const target = resolve(decodeURIComponent(undocs[2]!));
				// The page's own symbol links to the official document, on undocs.org, as it should.
				if (!target || target.symbol.replace(/\s+/g, '') === own) continue;
				const language = pageLanguage(path) ?? undocs[1]!;
				if (built.get(target.symbol)?.has(language)) problems.push(`${path}: ${href} is published here, at ${urlPath(`/${language === 'en' ? '' : `${language}/`}${target.symbol}/`)}`);
			}
		}
		expect(problems).toEqual([]);
	});
});

describe.skipIf(!existsSync(pageFile('/fr/A/RES/76/290/')) || !existsSync(pageFile('/fr/A/RES/76/238/')) || !existsSync(pageFile('/A/RES/76/274/')))('a citation into the session (76/290, which cites 76/238 and 76/274)', () => {
	// Read in the tests: a skipped block's body still runs.
	const read = (path: string) => readFileSync(pageFile(path), 'utf8');

	it('leads to the cited resolution here, in the page’s language', () => {
		const [french, english] = [read('/fr/A/RES/76/290/'), read('/A/RES/76/290/')];
		expect(french).toContain(`<a href="${urlPath('/fr/A/RES/76/238/')}">76/238</a>`);
		expect(english).toContain(`<a href="${urlPath('/A/RES/76/274/')}">76/274</a>`);
	});

	it('keeps undocs.org where the cited resolution is not published in the page’s language, or not at all', () => {
		const [french, english] = [read('/fr/A/RES/76/290/'), read('/A/RES/76/290/')];
		// 76/274 has no French text here; the UN's document is on undocs.org in French.
		expect(french).toContain('<a href="https://undocs.org/fr/A/RES/76/274">');
		expect(english).toMatch(/<a href="https:\/\/undocs\.org\/en\/A\/RES\/7[0-5]\//);
	});
});

/** The ids of an element and of every element around it. */
function idsAround(element: Element | null): string[] {
	const ids: string[] = [];
	for (let at = element; at; at = at.parentElement) if (at.id) ids.push(at.id);
	return ids;
}

// Those of the fixed set and the share in the test build (inShare), with every page they cite or are cited by; all in any other build.
const documentPages = [...built].flatMap(([symbolPath, codes]) => [...codes].map((code) => (code === 'en' ? `/${symbolPath}/` : `/${code}/${symbolPath}/`))).filter(inShare);

/** What the "cited by" check reads of a document page, read once however many pages cite it or it cites. */
interface CitationSummary {
	/** Its "cited by" entries: the URL path and the id of each place named. */
	citedBy: { pathname: string; id: string }[];
	/** For each element with an id: the URL paths its links lead to, with those of the footnotes it calls. */
	linksWithin: Map<string, Set<string>>;
	/** Each link of the text to another resolution's page here: where it leads, the ids around it (around its call, in a footnote), its words. */
	textLinks: { pathname: string; from: string[]; words: string }[];
	/** Every id on the page. */
	ids: Set<string>;
}

const summaries = new Map<string, CitationSummary>();

function summaryOf(path: string): CitationSummary {
	let summary = summaries.get(path);
	if (summary) return summary;
	const page = loadPage(path);
	const here = new URL(urlPath(path), origin);
	const pathnameOf = (a: Element) => new URL(a.getAttribute('href')!, here).pathname;
	const linksWithin = new Map<string, Set<string>>();
	const credit = (element: Element | null, pathname: string) => {
		for (const id of idsAround(element)) linksWithin.set(id, (linksWithin.get(id) ?? new Set()).add(pathname));
	};
	// Each footnote's calls, found in one pass: a query per footnote walks the whole page each time.
	const calls = new Map<string, Element[]>();
	for (const call of page.querySelectorAll('.footnote-ref a[href*="#"]')) {
		const id = call.getAttribute('href')!.split('#')[1]!;
		calls.set(id, [...(calls.get(id) ?? []), call]);
	}
	const callsOf = (note: Element) => calls.get(note.id) ?? [];
	for (const a of page.querySelectorAll('a[href]')) {
		const note = a.closest('.footnotes li');
		// A link in a footnote is the link of every place that calls the footnote, as well as its own.
		for (const element of note ? [a, ...callsOf(note)] : [a]) credit(element, pathnameOf(a));
	}
	const textLinks: CitationSummary['textLinks'] = [];
	for (const a of page.querySelectorAll('.resolution a[href]')) {
		const url = new URL(a.getAttribute('href')!, here);
		if (url.origin !== origin || url.pathname === here.pathname || !documentPage.test(sitePath(url.pathname) ?? '')) continue;
		const note = a.closest('.footnotes li');
		textLinks.push({ pathname: url.pathname, from: note ? idsAround(callsOf(note)[0] ?? null) : idsAround(a), words: a.textContent ?? '' });
	}
	const citedBy = [...page.querySelectorAll('#cited-by + ul a')].map((a) => {
		const url = new URL(a.getAttribute('href')!, here);
		return { pathname: url.pathname, id: url.hash.slice(1) };
	});
	summary = { citedBy, linksWithin, textLinks, ids: new Set([...page.querySelectorAll('[id]')].map((element) => element.id)) };
	summaries.set(path, summary);
	return summary;
}

describe.each(inBatches(documentPages, (path) => path, 50))('"cited by" on document pages %s', (_label, batch) => {
	it('lists exactly the places that link to the page, each leading to a place that links back', () => {
		const problems: string[] = [];
		for (const path of batch) {
			const page = summaryOf(path);
			const here = urlPath(path);
			// Each "cited by" entry leads to a place whose text (or a footnote it calls) links here.
			for (const { pathname, id } of page.citedBy) {
				const place = summaryOf(sitePath(pathname)!);
				if (!place.ids.has(id)) problems.push(`${path}: cited by ${pathname}#${id}, which is missing`);
				else if (!place.linksWithin.get(id)?.has(here)) problems.push(`${path}: cited by ${pathname}#${id}, which does not link here`);
			}
			// Each link of the text to another resolution's page here is listed there as "cited by".
			for (const { pathname, from, words } of page.textLinks) {
				const cited = summaryOf(sitePath(pathname)!);
				if (!cited.citedBy.some((entry) => entry.pathname === here && from.includes(entry.id))) problems.push(`${path}: ${words} (in #${from[0]}) is not listed as "cited by" on ${pathname}`);
			}
		}
		expect(problems).toEqual([]);
	});
});

describe.skipIf(!existsSync(pageFile('/A/RES/76/290/')) || !existsSync(pageFile('/A/RES/76/274/')))('"cited by" and what is not published here (76/274, cited by 76/290)', () => {
	it('lists the citing places on the document page, named as a citation names them', () => {
		const page = loadPage('/A/RES/76/274/');
		const entries = [...page.querySelectorAll('#cited-by + ul a')].map((a) => [a.textContent, a.getAttribute('href')]);
		expect(entries).toContainEqual(['76/290, para. 1', urlPath('/A/RES/76/290/#op1')]);
		expect(entries).toContainEqual(['76/290, para. 13', urlPath('/A/RES/76/290/#op13')]);
	});

	it('lists them on each paragraph page of the cited resolution too', () => {
		const line = loadPage('/A/RES/76/274/op1/').querySelector('.cited-by')!;
		// The sample build holds 76/290 alone of those that cite it; the whole session, a dozen more.
		expect(line.textContent).toMatch(/^This resolution is cited by .*76\/290, para\. 1; 76\/290, para\. 13/);
		expect([...line.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(urlPath('/A/RES/76/290/#op1'));
		// An uncited resolution's paragraph pages carry nothing more (a made-up one: the 77th session cites 76/299).
		expect(loadPage('/A/RES/76/903/op1/').querySelector('.cited-by')).toBeNull();
	});

	it('lists earlier resolutions as not yet published here, linked to undocs.org, with the places citing them', () => {
		const page = loadPage('/A/RES/76/290/');
		const items = (selector: string) => [...page.querySelectorAll(selector)];
		const earlier = items('#not-published + ul li').find((li) => li.querySelector('a')!.textContent === '55/180 B')!;
		expect(page.getElementById('not-published')!.textContent).toBe('Not yet published here');
		expect(earlier.querySelector('a')!.getAttribute('href')).toBe('https://undocs.org/en/A/RES/55/180b');
		expect(earlier.textContent).toMatch(/^55\/180 B: preambular para\. 4, para\. 4, para\. 5, para\. 15/);
		// 75/250 B is published here once the build holds the 75th session, and listed among those cited then.
		const previous = servedFile('/A/RES/75/250B/') ? '#cites' : '#not-published';
		const part = items(`${previous} + ul li`).find((li) => li.querySelector('a')!.textContent === '75/250 B')!;
		expect(part.querySelector('a')!.getAttribute('href')).toBe(previous === '#cites' ? urlPath('/A/RES/75/250B/') : 'https://undocs.org/en/A/RES/75/250B');
		expect(part.textContent).toMatch(/^75\/250 B: preambular para\. 3, preambular para\. 4/);
		const published = items('#cites + ul li').find((li) => li.querySelector('a')!.textContent === '76/274')!;
		expect(published.querySelector('a')!.getAttribute('href')).toBe(urlPath('/A/RES/76/274/'));
		expect(published.textContent).toBe('76/274: para. 1, para. 13');
		expect(items('#cites + ul a[href^="https://undocs.org/"]').map((a) => a.textContent)).toEqual([]);
	});
});

describe.skipIf(!existsSync(pageFile('/A/RES/76/268/')) || !existsSync(pageFile('/A/RES/76/237/')))('citations of paragraphs ("paragraphs 51 and 52 of its resolution 76/237", in 76/268)', () => {
	it('shows, on the cited paragraph’s own page, the place that cites it by number', () => {
		for (const anchor of ['op51', 'op52']) {
			const lines = [...loadPage(`/A/RES/76/237/${anchor}/`).querySelectorAll('.cited-by')];
			expect(lines[0]!.textContent).toBe('This paragraph is cited by 76/268, para. 28');
			expect(lines[0]!.querySelector('a')!.getAttribute('href')).toBe(urlPath('/A/RES/76/268/#op28'));
			expect(lines[1]!.textContent).toMatch(/^This resolution is cited by /);
		}
		const other = [...loadPage('/A/RES/76/237/op50/').querySelectorAll('.cited-by')];
		expect(other.map((line) => line.textContent!.replace(/ by .*/, ''))).toEqual(['This resolution is cited']);
	});

	it('names the cited paragraphs in "cited by" on the document page, each a link to it', () => {
		const entry = [...loadPage('/A/RES/76/237/').querySelectorAll('#cited-by + ul li')].find((li) => li.querySelector('a')!.getAttribute('href') === urlPath('/A/RES/76/268/#op28'))!;
		expect(entry.textContent).toBe('76/268, para. 28: para. 51, para. 52');
		expect([...entry.querySelectorAll('a')].slice(1).map((a) => a.getAttribute('href'))).toEqual(['#op51', '#op52']);
	});
});
