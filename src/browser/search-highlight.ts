/**
 * On a page reached from a search hit (`?highlight=…`), marks the words searched for with
 * Pagefind's highlighter. Readers who did not come from search load nothing more.
 */
import { highlightParam, pagefindScriptUrl } from '../lib/search/urls';

if (new URLSearchParams(location.search).has(highlightParam)) {
	void import(/* @vite-ignore */ pagefindScriptUrl(import.meta.env.BASE_URL, 'pagefind-highlight.js')).then(
		({ default: PagefindHighlight }: { default: new (options: Record<string, unknown>) => unknown }) => {
			new PagefindHighlight({
				highlightParam,
				// Our stylesheet styles the marks: an injected <style> would need 'unsafe-inline'.
				addStyles: false,
				markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
			});
		},
	);
}
