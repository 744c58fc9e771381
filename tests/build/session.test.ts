/**
 * The session as a library, as built: each language's list of the session holds every resolution
 * built in that language once; every filter link leads to a page listing exactly the resolutions
 * whose facts match (read here from each resolution's data.json, not from the code that made the
 * lists); the orders hold the same resolutions in their order; the Atom feed and the session's
 * data.json are valid and say the same; breadcrumbs lead from a paragraph back home.
 */
import { existsSync, readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ResolutionJson } from '../../src/lib/exports/json';
import { valueSlug } from '../../src/lib/library/session';
import { dist, htmlPages, loadPage, pageFile, sitePath, urlPath } from '../support/dist';
import { compileSchema, schemaErrors } from '../support/json-schema';

const languages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
const prefix = (language: string) => (language === 'en' ? '' : `/${language}`);
const documentPath = /^\/(?:(ar|zh|fr|ru|es)\/)?A\/RES\/76\/([0-9][^/]*)\/$/;
const pages = htmlPages().map((page) => page.path);

/** The document pages of the session built in each language, by path. */
const built = new Map(languages.map((language) => [language, pages.filter((path) => documentPath.exec(path) && (documentPath.exec(path)![1] ?? 'en') === language)]));
const data = (path: string): ResolutionJson => JSON.parse(readFileSync(pageFile(`${path}data.json`), 'utf8'));
const english = (path: string) => path.replace(/^\/(?:ar|zh|fr|ru|es)\//, '/');

/** The list's entries: the document pages it links, in order. */
const listed = (path: string) => [...loadPage(path).querySelectorAll('.session-entries > li > a')].map((a) => sitePath(a.getAttribute('href')!)!);

/** A resolution's facets, from its data.json (the committee from the English text's committee line). */
function facetsOf(path: string): Record<string, string[]> {
	const facts = data(path);
	const englishPath = english(path);
	const line = existsSync(pageFile(`${englishPath}data.json`)) ? data(englishPath).committee : facts.committee;
	const committee = /without\s+reference\s+to\s+a\s+Main\s+Committee/.test(line) ? 'plenary' : (/\b(First|Second|Third|Fourth|Fifth|Sixth)\s+Committee/.exec(line)?.[1]?.toLowerCase() ?? 'plenary');
	// The URL segment of a value: the site's own rule (long subject headings are cut and hashed).
	const slug = valueSlug;
	return {
		committee: [committee],
		adopted: [facts.adopted.vote.type === 'recorded' ? 'recorded-vote' : 'without-vote'],
		month: [facts.adopted.date.slice(0, 7)],
		sdg: facts.sdgs.map(String),
		'agenda-item': facts.agendaItem.numbers.map(slug),
		subject: facts.subjects.map(slug),
	};
}

describe.each(languages.filter((language) => built.get(language)!.length > 0))('the session in %s', (language) => {
	const listPath = `${prefix(language)}/A/RES/76/`;
	const documents = built.get(language)!;

	it('lists every resolution built in this language once, in number order', () => {
		const entries = listed(listPath);
		expect([...entries].sort()).toEqual([...documents].sort());
		const numbers = entries.map((path) => documentPath.exec(path)![2]!);
		expect(numbers).toEqual([...numbers].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
	});

	it('lists the same resolutions by date (newest first) and by title (in the language’s order)', () => {
		const byDate = listed(`${listPath}by-date/`);
		expect([...byDate].sort()).toEqual([...documents].sort());
		const dates = byDate.map((path) => data(path).adopted.date);
		expect(dates).toEqual([...dates].sort().reverse());
		const byTitle = listed(`${listPath}by-title/`);
		const titles = byTitle.map((path) => data(path).title ?? data(path).number);
		expect(titles).toEqual([...titles].sort(new Intl.Collator(language).compare));
	});

	it('leads each filter link (beside the list and on the indexes of agenda items and subjects) to exactly the resolutions whose facts match', () => {
		const facets = new Map(documents.map((path) => [path, facetsOf(path)]));
		const links = [listPath, `${listPath}agenda-item/`, `${listPath}subject/`].flatMap((page) =>
			[...loadPage(page).querySelectorAll('main a')].map((a) => sitePath(a.getAttribute('href')!)!).filter((path) => /\/A\/RES\/76\/[a-z-]+\/[^/]+\/$/.test(path)),
		);
		expect(links.length).toBeGreaterThan(10);
		const wrong: string[] = [];
		for (const link of new Set(links)) {
			const [, facet, value] = /\/A\/RES\/76\/([a-z-]+)\/([^/]+)\/$/.exec(link)!;
			const expected = documents.filter((path) => facets.get(path)![facet!]!.includes(value!)).sort();
			const found = listed(link).sort();
			if (JSON.stringify(found) !== JSON.stringify(expected)) wrong.push(`${link}: ${found.length} listed, ${expected.length} match`);
		}
		expect(wrong).toEqual([]);
	});

	it('leads a subject of one resolution straight to it from the index of subjects', () => {
		const singles = [...loadPage(`${listPath}subject/`).querySelectorAll('main .facet-index a')]
			.map((a) => ({ subject: a.textContent!.trim(), path: sitePath(a.getAttribute('href')!)! }))
			.filter(({ path }) => documentPath.test(path));
		expect(singles.length).toBeGreaterThan(0);
		expect(singles.filter(({ subject, path }) => !facetsOf(path).subject!.includes(valueSlug(subject)))).toEqual([]);
	});

	it('links its Atom feed and the session’s data with rel=alternate, and leads home by its breadcrumbs', () => {
		const page = loadPage(listPath);
		const alternates = [...page.querySelectorAll('link[rel="alternate"][type]')].map((link) => [link.getAttribute('type'), sitePath(link.getAttribute('href')!)]);
		expect(alternates).toEqual(expect.arrayContaining([['application/atom+xml', `${listPath}feed.xml`], ['application/json', '/A/RES/76/data.json']]));
		expect([...page.querySelectorAll('.breadcrumbs a')].map((a) => sitePath(a.getAttribute('href')!))).toEqual(['/']);
	});

	it('has an Atom feed of every resolution listed, newest first, each entry linking its page', () => {
		const xml = readFileSync(pageFile(`${listPath}feed.xml`), 'utf8');
		const feed = (new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document).documentElement;
		expect(feed.localName).toBe('feed');
		expect(feed.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
		const child = (element: Element, name: string) => [...element.children].filter((c) => c.localName === name);
		const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
		// Atom (RFC 4287): a feed has one id, title and updated, an author, a self link; each entry an id, title, updated and a link.
		for (const name of ['id', 'title', 'updated']) expect(child(feed, name), name).toHaveLength(1);
		expect(child(feed, 'updated')[0]!.textContent).toMatch(rfc3339);
		expect(child(child(feed, 'author')[0]!, 'name')[0]!.textContent).not.toBe('');
		expect(child(feed, 'link').some((link) => link.getAttribute('rel') === 'self')).toBe(true);
		const entries = child(feed, 'entry');
		expect(entries).toHaveLength(documents.length);
		const linked = entries.map((entry) => {
			for (const name of ['id', 'title', 'updated']) expect(child(entry, name), name).toHaveLength(1);
			expect(child(entry, 'updated')[0]!.textContent).toMatch(rfc3339);
			return sitePath(new URL(child(entry, 'link')[0]!.getAttribute('href')!).pathname)!;
		});
		expect([...linked].sort()).toEqual([...documents].sort());
		const published = entries.map((entry) => child(entry, 'published')[0]!.textContent!);
		expect(published).toEqual([...published].sort().reverse());
	});
});

describe('the session’s data.json', () => {
	const index = JSON.parse(readFileSync(pageFile('/A/RES/76/data.json'), 'utf8'));
	const schema = JSON.parse(readFileSync(pageFile('/schemas/session.json'), 'utf8'));

	it('validates against its published JSON Schema', () => {
		const validate = compileSchema(schema);
		expect(validate(index), schemaErrors(validate)).toBe(true);
	});

	it('holds every resolution of the session, each with its page and data in every language built, and its facts', () => {
		const all = [...new Set([...built.values()].flat().map(english))].sort();
		expect(index.resolutions.map((r: { symbol: string }) => urlPath(`/${r.symbol.replace(/\s+/g, '')}/`)).sort()).toEqual(all.map(urlPath).sort());
		expect(index.count).toBe(all.length);
		for (const entry of index.resolutions as { symbol: string; adopted: string; adoption: { type: string; inFavour?: number }; languages: Record<string, { page: string; data: Record<string, string> }> }[]) {
			const path = `/${entry.symbol.replace(/\s+/g, '')}/`;
			const builtIn = languages.filter((language) => built.get(language)!.includes(`${prefix(language)}${path}`));
			expect(Object.keys(entry.languages).sort(), entry.symbol).toEqual(builtIn.sort());
			const facts = data(`${prefix(builtIn.includes('en') ? 'en' : builtIn[0]!)}${path}`);
			expect(entry.adopted).toBe(facts.adopted.date);
			expect(entry.adoption.type).toBe(facts.adopted.vote.type === 'recorded' ? 'recorded-vote' : 'without-vote');
			if (facts.adopted.vote.type === 'recorded') expect(entry.adoption.inFavour).toBe(facts.adopted.vote.inFavour);
			for (const { page, data: files } of Object.values(entry.languages)) {
				expect(existsSync(pageFile(sitePath(new URL(page).pathname)!)), page).toBe(true);
				for (const file of Object.values(files)) expect(existsSync(pageFile(sitePath(new URL(file).pathname)!)), file).toBe(true);
			}
		}
	});
});

describe('breadcrumbs', () => {
	it('lead from a document page to its session and home', () => {
		const page = loadPage('/ar/A/RES/76/299/');
		expect([...page.querySelectorAll('.breadcrumbs a')].map((a) => sitePath(a.getAttribute('href')!))).toEqual(['/', '/ar/A/RES/76/']);
		expect(page.querySelector('.breadcrumbs [aria-current="page"]')?.textContent).toBe('A/RES/76/299');
	});
	it('lead from a paragraph’s page to its resolution, its session and home', () => {
		const page = loadPage('/fr/A/RES/76/299/op5/');
		expect([...page.querySelectorAll('.breadcrumbs a')].map((a) => sitePath(a.getAttribute('href')!))).toEqual(['/', '/fr/A/RES/76/', '/fr/A/RES/76/299/']);
		expect(page.querySelector('.breadcrumbs [aria-current="page"]')?.textContent).toBe('Paragraphe 5 du dispositif');
	});
	it.runIf(existsSync(`${dist}A/RES/76/committee/`))('lead from a filter’s list to its session and home', () => {
		const filter = pages.find((path) => /^\/A\/RES\/76\/committee\/[^/]+\/$/.test(path))!;
		expect([...loadPage(filter).querySelectorAll('.breadcrumbs a')].map((a) => sitePath(a.getAttribute('href')!))).toEqual(['/', '/A/RES/76/']);
	});
});
