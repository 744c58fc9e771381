/**
 * A document page cut into groups of whole paragraphs for the search index
 * (src/lib/search/index-groups.ts): what each group holds, its URL, and the pages it refuses.
 */
import { describe, expect, it } from 'vitest';
import { indexGroups } from '../../src/lib/search/index-groups';

const paragraph = (id: string, words: number) => `<div class="paragraph" id="${id}" data-pagefind-title="Paragraph ${id}"><span class="paragraph-margin">¶</span><p>${Array.from({ length: words }, (_, i) => `w${i}`).join(' ')}</p></div>`;
const page = (body: string, { lang = 'fr', article = 'data-pagefind-body data-pagefind-filter="resolution:A/RES/76/1|plenary|without-vote"' } = {}) =>
	`<!doctype html><html lang="${lang}"><body><header>Site</header><article ${article}><header class="cover" data-pagefind-ignore>Nations Unies</header><h1 class="title">76/1. Titre, avec virgule</h1><section id="preamble"><p>L’Assemblée générale,</p>${body}</section></article><footer>Pied</footer></body></html>`;

describe('groups of paragraphs for the search index', () => {
	it('cuts at whole paragraphs once a group holds the size, each group at the anchor it begins with', () => {
		const groups = indexGroups(page(['pp1', 'pp2', 'pp3', 'op1', 'op2'].map((id) => paragraph(id, 40)).join('')), '/fr/A/RES/76/1/', 70);
		expect(groups.map((group) => group.url)).toEqual(['/fr/A/RES/76/1/', '/fr/A/RES/76/1/#pp3', '/fr/A/RES/76/1/#op2']);
		const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
		expect(groups.map((group) => ids(group.html))).toEqual([['pp1', 'pp2'], ['pp3', 'op1'], ['op2']]);
	});

	it('keeps the title and what lies between paragraphs with the first group, the title outside the indexed text of the others, and the page’s language and filter on each', () => {
		const [first, second] = indexGroups(page(paragraph('pp1', 50) + '<p>Texte entre deux</p>' + paragraph('pp2', 50)), '/fr/A/RES/76/1/', 50);
		expect(first!.html).toContain('<h1 class="title">76/1. Titre, avec virgule</h1>');
		expect(first!.html).toContain('L’Assemblée générale,');
		expect(first!.html).toContain('Texte entre deux');
		expect(first!.html).not.toContain('Nations Unies');
		expect(first!.html).not.toContain('Site');
		expect(second!.html).toMatch(/^<!doctype html><html lang="fr">.*<h1 hidden>76\/1\. Titre, avec virgule<\/h1><article data-pagefind-body data-pagefind-filter="resolution:A\/RES\/76\/1\|plenary\|without-vote">/s);
		expect(second!.html).not.toContain('class="title"');
	});

	it('joins a short last group to the one before', () => {
		const groups = indexGroups(page(paragraph('pp1', 60) + paragraph('pp2', 5)), '/fr/A/RES/76/1/', 50);
		expect(groups).toHaveLength(1);
	});

	it('refuses a page without one indexed article, a title or a language, naming the page', () => {
		expect(() => indexGroups('<html lang="en"><body><p>x</p></body></html>', '/A/RES/76/1/')).toThrow(/\/A\/RES\/76\/1\/: 0 elements with data-pagefind-body/);
		expect(() => indexGroups(page(paragraph('pp1', 5)).replace(/<h1[^]*?<\/h1>/, ''), '/A/RES/76/1/')).toThrow(/no <h1> title/);
		expect(() => indexGroups(page(paragraph('pp1', 5)).replace(' lang="fr"', ''), '/A/RES/76/1/')).toThrow(/no lang on <html>/);
		expect(() => indexGroups(page(`<span data-pagefind-filter="other">x</span>${paragraph('pp1', 5)}`), '/A/RES/76/1/')).toThrow(/Pagefind settings on <span>/);
	});
});
