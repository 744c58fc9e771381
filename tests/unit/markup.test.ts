/**
 * The search index's reader of the site's own HTML (src/lib/search/markup.ts), against linkedom's
 * DOM on the same markup: the same elements, attributes and text, and each element's source.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeReferences, readMarkup, textOf } from '../../src/lib/search/markup';

const page = `<!DOCTYPE html><html lang="fr" dir="ltr"><head><meta charset="utf-8"><title>76/1 &amp; «&#160;x&#160;»</title>
<script type="module">if (a < b && c > d) document.body.append("</p>")</script><style>p > a { color: red }</style></head>
<body><!-- a comment with <div> inside --><article data-pagefind-body data-pagefind-filter="resolution:A/RES/76/1|plenary" class=cover>
<h1 class="title">76/1. Titre <em>avec</em>&nbsp;virgule</h1><br><img src="a.png" alt="x > y"/><svg viewBox="0 0 1 1"><path d="M0 0"/></svg>
<div class="paragraph" id="pp1" data-pagefind-title='Para "one"'><p>L’Assemblée générale,&#x202F;<sup class="footnote-ref"><a href="#fn1">1</a></sup> &lt;dit&gt;</p></div>
</article><footer>Pied</footer></body></html>`;

describe('the reader of the site’s own HTML', () => {
	const markup = readMarkup(page);
	const dom = parseHTML(page).document;

	it('finds every element, in document order, with its attributes decoded', () => {
		expect(markup.elements.map((element) => element.name)).toEqual([...dom.querySelectorAll('*')].map((element) => element.localName));
		const attributes = (element: Element) => Object.fromEntries([...element.attributes].map(({ name, value }) => [name, value]));
		expect(markup.elements.map((element) => Object.fromEntries(element.attributes))).toEqual([...dom.querySelectorAll('*')].map(attributes));
	});

	it('gives each element’s text as textContent does, references decoded, script and style as written', () => {
		expect(markup.elements.map(textOf)).toEqual([...dom.querySelectorAll('*')].map((element) => element.textContent));
	});

	it('knows where each element lies in the source, void and self-closed ones included', () => {
		const source = (name: string) => markup.elements.filter((element) => element.name === name).map((element) => page.slice(element.start, element.end));
		expect(source('h1')).toEqual(['<h1 class="title">76/1. Titre <em>avec</em>&nbsp;virgule</h1>']);
		expect(source('br')).toEqual(['<br>']);
		expect(source('img')).toEqual(['<img src="a.png" alt="x > y"/>']);
		expect(source('path')).toEqual(['<path d="M0 0"/>']);
		expect(source('script')).toEqual(['<script type="module">if (a < b && c > d) document.body.append("</p>")</script>']);
		expect(source('html')).toEqual([page.slice(page.indexOf('<html'))]);
	});

	it('decodes numeric references and the named ones Astro writes, and leaves others as written', () => {
		expect(decodeReferences('&amp;lt; &#8239;&#x202f;&nbsp;&quot;&apos;&eacute;')).toBe('&lt; \u202f\u202f\u00a0"\'&eacute;');
	});
});
