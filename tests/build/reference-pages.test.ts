/**
 * The reference pages of docs/ the site publishes (`/docs/urls/`, `/docs/data-formats/`,
 * `/docs/changes/`): each file's words on its page, its sections listed and anchored as on
 * GitHub, its links to files the site does not publish left as words, and the pages reachable
 * from the home page and from every document page's data section.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referencePagePath, referencePages } from '../../src/lib/site/reference-pages';
import { loadPage, readerText, urlPath } from '../support/dist';

const docsFile = (name: string) => readFileSync(new URL(`../../docs/${name}.md`, import.meta.url), 'utf8');

describe.each(referencePages.map(({ name }) => name))('the reference page docs/%s.md', (name) => {
	const page = loadPage(referencePagePath(name));
	const source = docsFile(name);
	const main = page.querySelector('main')!;

	it('is headed with the file\'s title and lists each of its sections, each anchored', () => {
		const title = /^# (.+)$/m.exec(source)![1]!;
		expect(page.querySelectorAll('h1')).toHaveLength(1);
		expect(readerText(page.querySelector('h1')!)).toBe(title.replace(/`/g, ''));
		const sections = [...source.matchAll(/^## (.+)$/gm)].map((match) => match[1]!.replace(/`/g, ''));
		const listed = [...page.querySelectorAll('.reference-sections a')];
		if (sections.length > 1) expect(listed.map(readerText)).toEqual(sections);
		for (const link of listed) expect(page.getElementById(link.getAttribute('href')!.slice(1)), link.getAttribute('href')!).not.toBeNull();
	});

	it('prints the file\'s words: every table row and every paragraph', () => {
		// Astro sets prose quotes and ellipses as typographers do (’ “ ” …).
		const text = readerText(main).replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/…/g, '...').replace(/\s+/g, ' ');
		const rows = source.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
		expect(page.querySelectorAll('main tr')).toHaveLength(rows.length);
		// The first words of each paragraph, as a reader sees them (without Markdown's marks).
		for (const paragraph of source.split(/\n\n+/).filter((block) => /^[A-Za-z]/.test(block))) {
			const words = paragraph.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '').replace(/\s+/g, ' ').slice(0, 60);
			expect(text, `docs/${name}.md: "${words}"`).toContain(words);
		}
	});

	it('links no Markdown file: a file the site publishes by its page, any other left as its words', () => {
		for (const link of main.querySelectorAll('a[href]')) expect(link.getAttribute('href')).not.toMatch(/\.md(?:#|$)/);
	});
});

describe('the way to the reference pages', () => {
	it('starts on the home page, which links each of them', () => {
		const links = [...loadPage('/').querySelectorAll('main a[href]')].map((link) => link.getAttribute('href'));
		for (const { name } of referencePages) expect(links).toContain(urlPath(referencePagePath(name)));
	});

	it('goes from a document page\'s data section to the data formats, in English (hreflang) from another language', () => {
		const english = loadPage('/A/RES/76/299/').querySelector(`.data-links a[href="${urlPath(referencePagePath('data-formats'))}"]`);
		expect(english).not.toBeNull();
		expect(english!.hasAttribute('hreflang')).toBe(false);
		const french = loadPage('/fr/A/RES/76/299/').querySelector(`.data-links a[href="${urlPath(referencePagePath('data-formats'))}"]`);
		expect(french?.getAttribute('hreflang')).toBe('en');
		expect(readerText(french!)).toBe('Les formats, champ par champ (en anglais)');
	});

	it('leads from the URL page to the data formats by a link relative to the page, which holds under any base path', () => {
		const link = loadPage(referencePagePath('urls')).querySelector('main a[href^="../data-formats/"]');
		expect(link).not.toBeNull();
	});
});
