/**
 * The fixed set of pages that the browser, axe and validator tests run on holds every construct
 * of the text in every language that has it (tests/support/page-sets.ts): what each construct is
 * in the content is counted from the model, what the set shows is read from its built pages.
 */
import { describe, expect, it } from 'vitest';
import type { Resolution } from '../../src/lib/resolution';
import { loadPublishedContent } from '../support/content';
import { loadPage } from '../support/dist';
import { samplePages } from '../support/page-sets';

/** Each construct: how to know it in the model, and its mark on a built page. */
const constructs: [name: string, inContent: (resolution: Resolution) => boolean, onPage: string][] = [
	['lettered sub-paragraphs', (r) => r.paragraphs.some((p) => p.points.length > 0), '.point'],
	['sub-paragraphs of sub-paragraphs', (r) => r.paragraphs.some((p) => p.points.some((point) => point.points.length > 0)), '.point .point'],
	['words after sub-paragraphs', (r) => r.paragraphs.some((p) => p.wrapUp.length > 0), '.wrap-up'],
	['headings', (r) => r.blocks.some((b) => b.type === 'heading'), '.heading'],
	['sections', (r) => r.blocks.some((b) => b.type === 'section'), '.section'],
	['tables', (r) => r.blocks.some((b) => b.type === 'table'), '.table table'],
	['annexes', (r) => r.blocks.some((b) => b.type === 'annex'), '.annex'],
	['parts', (r) => r.blocks.some((b) => b.type === 'part'), '.part'],
	['unnumbered operative paragraphs', (r) => r.paragraphs.some((p) => p.kind === 'operative' && p.num === undefined), '.paragraph.operative.unnumbered'],
	['footnotes', (r) => r.footnotes.length > 0, '.footnotes li'],
	['raised text', (r) => JSON.stringify(r.blocks).includes('"superscript"'), 'sup:not(.footnote-ref)'],
	['links outside undocs.org', (r) => JSON.stringify(r.blocks).includes('"externalLink"'), 'a[rel~="external"]'],
	['recorded votes', (r) => r.facts.adopted.vote.type === 'recorded', '.vote'],
];

const languages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
const content = await loadPublishedContent();
const documentPage = /^\/(?:(ar|zh|fr|ru|es)\/)?[A-Z]+\/RES\/[^/]+\/[^/]+\/$/;
const sampleDocuments = samplePages()
	.map((path) => ({ path, language: documentPage.exec(path) ? (documentPage.exec(path)![1] ?? 'en') : undefined }))
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
});
