/**
 * Which stylesheet a style goes into. Astro splits CSS by the set of pages that use each style,
 * which gives a paragraph's page three stylesheets (the site's base, the text's, its own) and
 * each of the session's 79,000 such pages a link to each. The base styles, the text's and the
 * paragraph page's own travel as one file instead: one link there, and a file every other page
 * caches once (a few more kilobytes for the pages that print no text).
 */
const readingStyles = [/\/src\/styles\/global\.css$/, /\/src\/components\/(?:text\/[^/]+|Footnotes|Breadcrumbs|Isolated|paragraph-page\/[^/]+)\.astro\?astro&type=style/, /\/src\/pages\/\[\.\.\.symbol\]\/\[paragraph\]\/index\.astro\?astro&type=style/];

/** A Rollup `manualChunks` rule: the reading styles in one chunk, everything else as Astro splits it. */
export function stylesheetChunk(id: string): string | undefined {
	return readingStyles.some((style) => style.test(id)) ? 'reading' : undefined;
}
