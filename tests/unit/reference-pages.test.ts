import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeReferenceLinks } from '../../src/lib/site/reference-pages';

const link = (href: string, text: string): Element => ({ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: text }] });
const paragraph = (...children: Element['children']): Root => ({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children }] });

describe('links between files of docs/, on the site', () => {
	it('lead to the page of a file the site publishes, the anchor kept, relative to the page', () => {
		const tree = paragraph(link('data-formats.md#datajson', 'the data formats'), link('./urls.md', 'urls'));
		rehypeReferenceLinks()(tree);
		const [first, second] = (tree.children[0] as Element).children as Element[];
		expect(first!.properties.href).toBe('../data-formats/#datajson');
		expect(second!.properties.href).toBe('../urls/');
	});

	it('are left as their words when the site does not publish the file', () => {
		const tree = paragraph({ type: 'text', value: 'see ' }, link('importing.md', 'importing.md'), { type: 'text', value: '.' });
		rehypeReferenceLinks()(tree);
		expect((tree.children[0] as Element).children).toEqual([
			{ type: 'text', value: 'see ' },
			{ type: 'text', value: 'importing.md' },
			{ type: 'text', value: '.' },
		]);
	});

	it('leave every other link alone', () => {
		const tree = paragraph(link('https://undocs.org/A/RES/76/299', 'undocs'), link('#op5', 'op5'), link('../src/lib/urls.ts', 'code'));
		rehypeReferenceLinks()(tree);
		expect(((tree.children[0] as Element).children as Element[]).map((a) => a.properties.href)).toEqual(['https://undocs.org/A/RES/76/299', '#op5', '../src/lib/urls.ts']);
	});
});
