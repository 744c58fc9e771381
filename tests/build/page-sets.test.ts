/**
 * The fixed set of pages that the browser and validator tests run on holds every construct of the
 * text in every language that has it, and the smallest set that axe and the Nu checker run on
 * holds every construct the fixed set shows, for each kind of page and writing direction, and each kind in every language
 * (tests/support/page-sets.ts): what each construct is in the content is counted from the model,
 * what a set shows is read from its built pages.
 */
import { describe, expect, it } from 'vitest';
import { loadPublishedContent } from '../support/content';
import { documentPathPattern } from '../../src/lib/urls';
import { loadPage } from '../support/dist';
import { constructs, constructsShown, listTemplate, pageDirection, pageKind, pageLanguage, samplePages, smallestPages } from '../support/page-sets';

const languages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
const content = await loadPublishedContent();
const sampleDocuments = samplePages()
	.map((path) => ({ path, language: documentPathPattern.test(path) ? (documentPathPattern.exec(path)![1] ?? 'en') : undefined }))
	.filter((page): page is { path: string; language: string } => page.language !== undefined)
	.map((page) => ({ ...page, document: loadPage(page.path) }));

describe('the fixed set of pages', () => {
	it('holds the document pages of every sample resolution in every language it is published in', () => {
		expect(sampleDocuments.length).toBeGreaterThanOrEqual(70);
	});

	it.each(constructs)('shows %s in every language whose content has them', (_name, inContent, onPage) => {
		const missing = languages.filter((language) => {
			const has = content.some((resolution) => resolution.facts.language === language && inContent(resolution));
			const shown = sampleDocuments.some((page) => page.language === language && page.document.querySelector(onPage));
			return has && !shown;
		});
		expect(missing).toEqual([]);
	});

	it('has a smallest set that shows, for each kind of page and writing direction, every construct the fixed set shows, each kind of page in every language, and each list template in both directions', () => {
		const shown = (pages: readonly string[]) => {
			const found = new Set<string>();
			for (const path of pages) {
				const template = listTemplate(path);
				if (template) {
					found.add(`${template} ${pageDirection(path)}`);
					found.add(`a list page in ${pageLanguage(path)}`);
					continue;
				}
				const kind = pageKind(path);
				found.add(`${kind} ${pageLanguage(path)}`);
				if (kind !== 'other') for (const name of constructsShown(path)) found.add(`${kind} ${pageDirection(path)}: ${name}`);
			}
			return found;
		};
		const fixed = shown(samplePages());
		const smallest = shown(smallestPages());
		expect([...fixed].filter((entry) => !smallest.has(entry))).toEqual([]);
		// Every other page that is not a resolution's is a template of its own: all are in.
		expect(samplePages().filter((path) => pageKind(path) === 'other' && listTemplate(path) === undefined && !smallestPages().includes(path))).toEqual([]);
		console.log(`the smallest set: ${smallestPages().length} of the fixed set's ${samplePages().length} pages`);
	});
});
