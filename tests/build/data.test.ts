/**
 * The data published beside every document page, as built in `dist/`: each file parses, agrees
 * with the page (every anchor of data.json is on it, holding the words data.json gives), validates
 * against its schema, and, for A/RES/76/299, says what the UN's own file says; the page's metadata
 * (JSON-LD, Open Graph, alternate links), the sitemap and robots.txt point at things that exist.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolutionJson } from '../../src/lib/exports/json';
import { anchorUrlOf, blocksOf, footnotesOf, htmlOf, paragraphsOf, pointsOf } from '../../src/lib/exports/json-walk';
import { useTranslations } from '../../src/i18n/ui';
import { openGraphLocale } from '../../src/lib/open-graph';
import { isRedirectPagePath } from '../../src/lib/moved-anchors';
import { isDocumentPath } from '../../src/lib/urls';
import { astroBuild } from '../support/astro-build';
import { normalize, readAknText, readOfficialText, validateAkn, validateAknFiles } from '../support/akn';
import { dist, htmlPages, inBatches, loadPage, readerText } from '../support/dist';
import { inShare } from '../support/links';
import { pageKind } from '../support/page-sets';
import { nextTurn } from '../support/turn';
import { compileSchema, schemaErrors } from '../support/json-schema';

const official = readOfficialText('en');
const folder = join(dist, 'A/RES/76/299/');
const read = (file: string) => readFileSync(join(folder, file), 'utf8');
const data = JSON.parse(read('data.json')) as ResolutionJson;
/** The site's origin and base as built: the document page's URL minus its path. */
const siteRoot = data.url.replace(/A\/RES\/76\/299\/$/, '');
let page: Document;
const $$ = (selector: string) => [...page.querySelectorAll(selector)];

beforeAll(() => {
	page = loadPage('/A/RES/76/299/');
});

/** The ids of a built file, read once: a data file names thousands of anchors on the same page. */
const idsOfFile = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	let ids = idsOfFile.get(file);
	if (!ids) idsOfFile.set(file, (ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]!))));
	return ids;
}

/** Whether an absolute URL on the site resolves in `root`: the file exists and has the anchor. */
function resolves(url: string, root = dist, base = siteRoot): boolean {
	if (!url.startsWith(base)) return false;
	const [path, anchor] = url.slice(base.length).split('#') as [string, string | undefined];
	const file = join(root, path === '' || path.endsWith('/') ? `${path}index.html` : path);
	if (!existsSync(file)) return false;
	if (anchor === undefined) return true;
	return idsOf(file).has(decodeURIComponent(anchor));
}

/** Every resolution's data.json in the build, as its folder's site path (`/A/RES/76/299/`, `/fr/A/RES/76/84A-B/`); not a session's (`/A/RES/76/data.json`: session.test.ts). */
const dataFiles = readdirSync(dist, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile() && entry.name === 'data.json')
	.map((entry) => `/${relative(dist, entry.parentPath)}/`)
	.filter(isDocumentPath)
	.sort();

/** Raised letters and parentheses of data.txt, back to the characters data.json gives. */
const lowered: Record<string, string> = { ...Object.fromEntries([...'ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ'].map((raised, index) => [raised, 'abcdefghijklmnoprstuvwxyz'[index]!])), '⁽': '(', '⁾': ')' };
const plain = (line: string) => line.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '').replace(/./gu, (char) => lowered[char] ?? char);
/** The entities the build writes, back to their characters (in one pass, so "&amp;lt;" stays "&lt;"). */
const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#34;': '"', '&#39;': "'", '&amp;': '&' };
const decodeEntities = (html: string) => html.replace(/&lt;|&gt;|&quot;|&#34;|&#39;|&amp;/g, (entity) => entities[entity]!);

/**
 * A block's words from its data.json HTML, as a line of data.txt reads once `plain` has lowered it:
 * the UN prints some calls to a footnote again as bare superscript digits ("Evaluación<sup>1</sup>"),
 * which data.txt raises ("Evaluación¹") and `plain` leaves out, like the footnote calls themselves.
 */
const lineWords = (html: string) =>
	decodeEntities(
		html
			.replace(/<sup class="footnote-ref">.*?<\/sup>/g, '')
			.replace(/<sup>([^<]*)<\/sup>/g, (_, raised: string) => raised.replace(/[0-9]+/g, ''))
			.replace(/<[^>]+>/g, ''),
	).trim();

describe('data.json', () => {
	it('is built beside every document page', () => {
		expect(dataFiles).toContain('/A/RES/76/299/');
	});

	it('has the paragraphs and footnotes of the page, with the same ids, words and HTML', () => {
		const paragraphs = paragraphsOf(data);
		expect(data.paragraphs).toEqual($$('.paragraph').map((p) => p.id));
		expect(paragraphs.map((p) => p.id)).toEqual(data.paragraphs);
		expect(paragraphs.flatMap((p) => footnotesOf(data, p).map((f) => f.id))).toEqual($$('.footnotes li').map((li) => li.id));
		for (const paragraph of paragraphs) {
			const printed = page.querySelector(`#${paragraph.id} .paragraph-text`)!;
			expect(normalize(paragraph.text)).toBe(readerText(printed));
			// The page links footnote calls on itself; the data file to the page.
			// Both serialised the same way (a no-break space is `&#160;` in one, the character in the other).
			const parsed = page.createElement('p');
			parsed.innerHTML = htmlOf(paragraph).replaceAll(data.url, '');
			expect(parsed.innerHTML).toBe(printed.innerHTML);
		}
	});

	it('validates against the JSON Schema published at its $schema URL', () => {
		expect(data.$schema).toBe(`${siteRoot}schemas/resolution.json`);
		const schema = JSON.parse(readFileSync(join(dist, 'schemas/resolution.json'), 'utf8'));
		expect(schema.$id).toBe(data.$schema);
		const validate = compileSchema(schema);
		for (const folder of dataFiles) {
			const each = JSON.parse(readFileSync(join(dist, folder, 'data.json'), 'utf8'));
			expect(validate(each), `${folder}data.json\n${schemaErrors(validate)}`).toBe(true);
		}
	});

	it('gives URLs that resolve in the built site, and the UN’s ids for cross-reference', () => {
		for (const url of [data.url, ...Object.values(data.data), ...Object.keys(data.anchors).map((anchor) => anchorUrlOf(data, anchor))]) {
			expect(resolves(url), url).toBe(true);
		}
		expect(Object.fromEntries(paragraphsOf(data).map((p) => [p.id, p.akn4unId]))).toEqual(official.unIds);
	});

	// On the fixed set and the share in the test build (every document page's words are fidelity.test.ts's), on all in any other.
	describe.each(inBatches(dataFiles.filter(inShare), (folder) => folder, 20))('%s', (_label, batch) => {
		it('maps every anchor to an element of the page that holds the words it gives; the JSON-LD’s parts resolve', async () => {
			const problems: string[] = [];
			for (const folder of batch) {
				await nextTurn();
				const each = JSON.parse(readFileSync(join(dist, folder, 'data.json'), 'utf8')) as ResolutionJson;
				const doc = loadPage(folder);
				// Each element's text as a reader copies it (readerText), read once (a table row is asked for once per
				// cell) and found by id in one walk of the page: the footnote calls are taken out of the page once.
				const elements = new Map<string, Element>();
				for (const element of doc.querySelectorAll('[id]')) if (!elements.has(element.id)) elements.set(element.id, element);
				for (const call of doc.querySelectorAll('.footnote-ref')) call.remove();
				const texts = new Map<string, string>();
				const text = (id: string) => {
					if (!texts.has(id)) texts.set(id, normalize(elements.get(id)?.textContent ?? ''));
					return texts.get(id)!;
				};
				const holds = (id: string, words: string) => {
					if (!text(id).includes(normalize(words))) problems.push(`${folder}#${id}: does not hold ${JSON.stringify(normalize(words).slice(0, 80))}`);
				};
				for (const anchor of Object.keys(each.anchors)) if (!elements.has(anchor)) problems.push(`${folder}#${anchor}: not on the page`);
				if (!resolves(each.url)) problems.push(`${each.url}: does not resolve`);
				// Each text is given once: the list of paragraphs and the blocks' footnotes name what the tree and the list of footnotes hold.
				const paragraphs = paragraphsOf(each).map((p) => p.id);
				if (JSON.stringify(paragraphs) !== JSON.stringify(each.paragraphs)) problems.push(`${folder}: paragraphs ${each.paragraphs.length}, in the tree ${paragraphs.length}`);
				const calls = [...blocksOf(each.content)].flatMap((block) => block.footnotes.map((id) => `${id} by ${block.id}`));
				const notes = each.footnotes.map((note) => `${note.id} by ${note.calledBy}`);
				if (JSON.stringify(calls) !== JSON.stringify(notes)) problems.push(`${folder}: footnotes called ${calls.join(', ')}; listed ${notes.join(', ')}`);
				for (const block of blocksOf(each.content)) {
					if (block.type === 'paragraph') {
						holds(block.id, block.text);
						for (const point of pointsOf(block.points)) holds(point.id, point.text);
						for (const wrapUp of block.wrapUp) holds(block.id, wrapUp.text);
					}
					if (block.type === 'heading') holds(block.id, block.text);
					if (block.type === 'table') for (const row of block.rows) for (const cell of row.cells) holds(row.id, cell.text);
				}
				for (const note of each.footnotes) holds(note.id, note.text);
				// The JSON-LD names the parts, annexes and sections of the text by URLs that resolve.
				const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as { hasPart?: { '@id': string }[] };
				for (const part of ld.hasPart ?? []) if (!resolves(part['@id'])) problems.push(`${folder}: JSON-LD part ${part['@id']} does not resolve`);
			}
			expect(problems).toEqual([]);
		});
	});
});

describe('data.akn', () => {
	const xml = read('data.akn');

	it('fails validation without its required main body: the validator does find errors', async () => {
		expect(await validateAkn(xml.replace(/<mainBody>[^]*<\/mainBody>/, ''))).not.toEqual([]);
	});

	// 500 files a run of xmllint (about 25 MB): the schema is read once a run, half a second each time.
	describe.each(inBatches(dataFiles, (folder) => folder, 500))('%s', (_label, batch) => {
		it('validates against the Akoma Ntoso 3.0 schema', async () => {
			const errors = await validateAknFiles(batch.map((folder) => ({ fileName: `${folder}data.akn`, contents: readFileSync(join(dist, folder, 'data.akn'), 'utf8') })));
			expect([...errors].filter(([, messages]) => messages.length > 0)).toEqual([]);
		});
	});

	it('says word for word what the UN’s file says, with the same element ids', () => {
		expect(readAknText(xml)).toEqual(official);
	});

	it('has one container per preambular paragraph and one paragraph per operative one, as on the page', () => {
		const doc = new (parseHTML('').DOMParser)().parseFromString(xml, 'text/xml');
		const wIds = [...doc.querySelectorAll('preamble > container, mainBody > paragraph')].map((e) => e.getAttribute('wId'));
		expect(wIds).toEqual($$('.paragraph').map((p) => p.id));
	});

	describe.each(inBatches(dataFiles, (folder) => folder, 100))('%s', (_label, batch) => {
		it('marks every anchor of data.json once, as a wId', () => {
			const problems: string[] = [];
			for (const folder of batch) {
				const each = JSON.parse(readFileSync(join(dist, folder, 'data.json'), 'utf8')) as ResolutionJson;
				const wIds = [...readFileSync(join(dist, folder, 'data.akn'), 'utf8').matchAll(/\swId="([^"]*)"/g)].map((m) => m[1]!).sort();
				const expected = Object.keys(each.anchors).filter((anchor) => !/^fn[0-9]+$/.test(anchor)).sort();
				if (JSON.stringify(wIds) !== JSON.stringify(expected)) problems.push(`${folder}: wIds ${wIds.length}, anchors ${expected.length}`);
			}
			expect(problems).toEqual([]);
		});
	});
});

describe('data.txt', () => {
	const text = read('data.txt');

	it('holds every paragraph, one a line, and every footnote, as the UN prints them', () => {
		const lines = text.split('\n').map((line) => line.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, ''));
		for (const paragraph of [...official.preambular, ...official.operative.map((o) => `${o.number} ${o.text}`)]) {
			expect(lines).toContain(paragraph);
		}
		for (const footnote of official.footnotes) expect(lines).toContain(` ${footnote.text}`);
		expect(text.startsWith('United Nations\nA/RES/76/299\n')).toBe(true);
	});

	describe.each(inBatches(dataFiles, (folder) => folder, 100))('%s', (_label, batch) => {
		it('holds every paragraph, sub-paragraph and footnote of data.json, each on its line', () => {
			const missing: string[] = [];
			for (const folder of batch) {
				const each = JSON.parse(readFileSync(join(dist, folder, 'data.json'), 'utf8')) as ResolutionJson;
				const lines = new Set(readFileSync(join(dist, folder, 'data.txt'), 'utf8').split('\n').map((line) => plain(line).trim()));
				const has = (id: string, line: string) => {
					if (!lines.has(line)) missing.push(`${folder}#${id}: ${JSON.stringify(line.slice(0, 80))}`);
				};
				for (const paragraph of paragraphsOf(each)) {
					if (paragraph.text !== '') has(paragraph.id, paragraph.num === null ? lineWords(htmlOf(paragraph)) : `${paragraph.num} ${lineWords(htmlOf(paragraph))}`);
					for (const point of pointsOf(paragraph.points)) has(point.id, `${point.num} ${lineWords(htmlOf(point))}`);
				}
				// As a paragraph's: raised digits dropped on both sides (the French 77/162 prints its notes' markers again, raised, in their text).
				for (const note of each.footnotes) has(note.id, lineWords(htmlOf(note)));
			}
			expect(missing).toEqual([]);
		});
	});
});

describe('the document page', () => {
	it('links each data file with <link rel="alternate"> and in its Data section, with a sentence each', () => {
		const alternates = $$('head link[rel="alternate"][type]').map((link) => [link.getAttribute('type'), link.getAttribute('href')]);
		expect(alternates).toEqual([
			['application/json', '/A/RES/76/299/data.json'],
			['application/akn+xml', '/A/RES/76/299/data.akn'],
			['text/plain', '/A/RES/76/299/data.txt'],
		]);
		const section = page.querySelector('section[aria-labelledby="data-title"]')!;
		expect(section.querySelector('h2')!.textContent).toBe('Data');
		// A line for each file, then one to the page that describes their formats.
		const items = [...section.querySelectorAll('li')];
		expect(items.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual([...alternates.map(([, href]) => href), '/docs/data-formats/']);
		for (const item of items.slice(0, -1)) expect(normalize(item.textContent ?? '').length).toBeGreaterThan(60);
		for (const link of section.querySelectorAll('a')) {
			expect(resolves(new URL(link.getAttribute('href')!, siteRoot).href), link.getAttribute('href')!).toBe(true);
		}
	});

	it('describes the resolution in JSON-LD: Legislation, its drafts and data files', () => {
		const scripts = $$('head script[type="application/ld+json"]');
		expect(scripts).toHaveLength(1);
		const ld = JSON.parse(scripts[0]!.textContent ?? '');
		expect(ld).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Legislation',
			legislationIdentifier: 'A/RES/76/299',
			legislationDate: '2022-07-28',
			legislationPassedBy: { name: 'General Assembly' },
			inLanguage: 'en',
			name: official.title.replace(/^76\/299\. /, ''),
			url: data.url,
		});
		expect(ld.isBasedOn.map((draft: { url: string }) => draft.url)).toEqual(['https://undocs.org/en/A/76/L.74', 'https://undocs.org/en/A/76/L.74/Add.1']);
		// A text without parts, annexes or sections lists none: each paragraph's page names the resolution.
		expect(ld.hasPart).toBeUndefined();
		for (const encoding of ld.encoding) expect(resolves(encoding.contentUrl), encoding.contentUrl).toBe(true);
	});
});

describe('every page', () => {
	// The 404 page has no address of its own: no canonical URL, not in the sitemap; nor has a redirect page.
	const listedPages = htmlPages().filter(({ path }) => path !== '/404.html' && !isRedirectPagePath(path));
	const decode = (value: string | undefined) => (value === undefined ? undefined : decodeEntities(value));

	describe.each(inBatches(listedPages, ({ path }) => path))('pages %s', (_label, batch) => {
		it('have Open Graph metadata matching their canonical URL, title and description', () => {
			const problems: string[] = [];
			for (const { path, file } of batch) {
				const html = readFileSync(file, 'utf8');
				const head = html.slice(0, html.indexOf('</head>'));
				const meta = (attribute: string, name: string) => decode(new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(head)?.[1]);
				const og = (property: string) => meta('property', `og:${property}`);
				const language = /<html lang="([^"]+)"/.exec(html)?.[1] ?? '';
				const expected: [string, string | undefined, string | undefined][] = [
					['url', og('url'), decode(/<link rel="canonical" href="([^"]*)"/.exec(head)?.[1])],
					['title', og('title'), decode(/<title>([^<]*)<\/title>/.exec(head)?.[1])],
					['description', og('description'), meta('name', 'description')],
					['site_name', og('site_name'), useTranslations(language)('site.name')],
					['locale', og('locale'), openGraphLocale(language)],
					['type', og('type'), /^\/(?:[a-z]{2}\/)?(?:search\/)?$/.test(path) || pageKind(path) === 'session list' || /(?:^|\/)member-states\//.test(path) ? 'website' : 'article'],
				];
				for (const [property, found, wanted] of expected) if (found !== wanted || wanted === undefined) problems.push(`${path}: og:${property} ${JSON.stringify(found)}, expected ${JSON.stringify(wanted)}`);
			}
			expect(problems).toEqual([]);
		});
	});
});

describe('sitemap and robots.txt', () => {
	it('lists every page at its canonical URL, and robots.txt points to it', async () => {
		const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
		expect(robots).toContain(`Sitemap: ${siteRoot}sitemap-index.xml\n`);
		const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
		const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
		const listed = sitemaps.flatMap((url) => [...readFileSync(join(dist, url.slice(siteRoot.length)), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
		const canonicals: (string | undefined)[] = [];
		for (const [, batch] of inBatches(htmlPages().filter(({ path }) => path !== '/404.html' && !isRedirectPagePath(path)), ({ path }) => path, 1000)) {
			for (const { file } of batch) canonicals.push(/<link rel="canonical" href="([^"]*)"/.exec(readFileSync(file, 'utf8'))?.[1]);
			await nextTurn();
		}
		expect(listed.sort()).toEqual(canonicals.sort());
	});
});

describe('a build for another origin under a base path', () => {
	const site = 'https://example.org';
	const base = '/resolutions/';
	let out: string;
	beforeAll(async () => {
		out = mkdtempSync(join(tmpdir(), 'base-build-'));
		const root = new URL('../../', import.meta.url).pathname;
		// One resolution is enough to see every URL follow the origin and base.
		const { status, output: log } = await astroBuild(root, { args: ['--site', site, '--base', base, '--outDir', out], env: { RESOLUTIONS: 'A/RES/76/299' }, keep: 4000 });
		if (status !== 0) throw new Error(`the build under ${base} failed:\n${log}`);
	}, 600_000);
	afterAll(() => {
		if (out) rmSync(out, { recursive: true, force: true });
	});

	it('puts the site and base in the sitemap, robots.txt, data files and links', () => {
		const root = `${site}${base}`;
		expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${root}sitemap-index.xml\n`);
		expect(readFileSync(join(out, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${root}sitemap-0.xml</loc>`);
		expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${root}A/RES/76/299/</loc>`);
		const moved = JSON.parse(readFileSync(join(out, 'A/RES/76/299/data.json'), 'utf8')) as ResolutionJson;
		expect(moved.url).toBe(`${root}A/RES/76/299/`);
		for (const anchor of Object.keys(moved.anchors)) expect(resolves(anchorUrlOf(moved, anchor), out, root), anchor).toBe(true);
		const movedPage = parseHTML(readFileSync(join(out, 'A/RES/76/299/index.html'), 'utf8')).document;
		// Three data files and the JSON Schema, linked twice, the page of their formats, and the page in seven hreflang forms.
		const hrefs = [...movedPage.querySelectorAll('link[rel="alternate"], .data-links a')].map((link) => link.getAttribute('href')!);
		expect(hrefs).toHaveLength(7 + 8);
		for (const href of hrefs) expect(resolves(new URL(href, root).href, out, root), href).toBe(true);
		const ld = JSON.parse(movedPage.querySelector('script[type="application/ld+json"]')!.textContent ?? '');
		expect(ld.url).toBe(`${root}A/RES/76/299/`);
	});
});
