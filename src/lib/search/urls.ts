/**
 * Where search lives and where its hits lead, under the site's base path. Separate from
 * search.ts so the document page's highlighter can use it without loading the search itself.
 */
import type { ParsedQuery } from './ranking';

/** The query parameter that carries the words to highlight on the page a hit leads to. */
export const highlightParam = 'highlight';

/** URL of Pagefind's script under the site's base (`import.meta.env.BASE_URL`). */
export function pagefindScriptUrl(base: string, file = 'pagefind.js'): string {
	return `${base.replace(/\/?$/, '/')}pagefind/${file}`;
}

/**
 * The URL a hit leads to: the paragraph's anchor on its page, with the words to highlight there
 * (`/A/RES/76/299/?highlight=scourge#pp3`). A phrase is highlighted as one.
 */
export function hitUrl(subResultUrl: string, query: ParsedQuery): string {
	const [path = '', hash = ''] = subResultUrl.split('#');
	const [pathname = '', search = ''] = path.split('?');
	const params = new URLSearchParams(search);
	params.delete(highlightParam);
	const terms = query.phrase ? [query.search.replace(/^"|"$/g, '').trim()] : query.search.replace(/"/g, ' ').split(/\s+/).filter(Boolean);
	for (const term of terms) params.append(highlightParam, term);
	const encoded = params.toString();
	return `${pathname}${encoded ? `?${encoded}` : ''}${hash ? `#${hash}` : ''}`;
}
