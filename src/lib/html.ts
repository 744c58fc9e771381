/**
 * HTML of the official text, rendered from the model. Pages and data files both use it, so the
 * words on the page and in `data.json` cannot drift apart.
 */
import { needsIsolation } from '../i18n/languages';
import { plainText, type Inline } from './inline';
import { footnoteAnchor, footnoteRefAnchor } from './anchors';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"]/g, (char) => entities[char]!);
}

export interface InlineHtmlOptions {
	/** Accessible name of a footnote call, before its marker: "Footnote". */
	footnoteLabel: string;
	/** Page that holds the footnotes, when not the current one: `/A/RES/76/299/`. */
	footnotesPage?: string;
	/** Give each call its `fnref` id, for the footnote's link back; off where a page shows a text twice. */
	callIds?: boolean;
	/** Language of the text: in right-to-left text, links to symbols are isolated left-to-right runs. */
	language?: string;
	/**
	 * Where a link to a document goes instead of undocs.org, when this site publishes it in the
	 * text's language (src/lib/library/citations.ts): `/fr/A/RES/76/10/`; `undefined` keeps undocs.org.
	 */
	documentHref?: ((symbol: string) => string | undefined) | undefined;
}

/**
 * The address as a browser sends it: the UN's files give some addresses with spaces in the query
 * ("location=New York"), which are not allowed in an `href`; the text shown keeps them.
 */
function webAddress(url: string): string {
	return url.replace(/[\s"<>\\^`{|}]/gu, (character) => encodeURIComponent(character));
}

/**
 * Renders inline nodes as HTML: italics as `<em>`, documents as links, other web pages as links
 * marked `rel="external"`, raised text as `<sup>`, footnote calls as `<sup class="footnote-ref">`.
 */
export function inlineHtml(nodes: readonly Inline[], options: InlineHtmlOptions): string {
	return nodes
		.map((node) => {
			switch (node.type) {
				case 'text':
					return escapeHtml(node.value);
				case 'emphasis':
					return `<em>${inlineHtml(node.children, options)}</em>`;
				case 'documentLink': {
					const dir = options.language && needsIsolation(plainText(node.children), options.language) ? ' dir="ltr"' : '';
					const href = options.documentHref?.(node.symbol) ?? node.href;
					return `<a href="${escapeHtml(href)}"${dir}>${inlineHtml(node.children, options)}</a>`;
				}
				case 'externalLink': {
					const dir = options.language && needsIsolation(plainText(node.children), options.language) ? ' dir="ltr"' : '';
					return `<a href="${escapeHtml(webAddress(node.href))}" rel="external"${dir}>${inlineHtml(node.children, options)}</a>`;
				}
				case 'superscript':
					return `<sup>${inlineHtml(node.children, options)}</sup>`;
				case 'footnoteRef': {
					const href = `${options.footnotesPage ?? ''}#${footnoteAnchor(node.marker)}`;
					const label = `${options.footnoteLabel} ${node.marker}`;
					const id = options.callIds === false ? '' : ` id="${footnoteRefAnchor(node.marker)}"`;
					return `<sup class="footnote-ref"><a href="${escapeHtml(href)}"${id} aria-label="${escapeHtml(label)}">${escapeHtml(node.marker)}</a></sup>`;
				}
			}
		})
		.join('');
}
