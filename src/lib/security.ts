/**
 * What the page may load and run: only the site itself, plus what Pagefind's WebAssembly search
 * needs, plus the one inline script that sets the colour scheme before the first paint. A
 * redirect page runs its own inline script and loads nothing.
 */
import { createHash } from 'node:crypto';

/**
 * Runs before the page paints: applies the reader's saved colour scheme, so a dark-scheme reader
 * never sees a light flash, and marks the page `js` so that controls which need JavaScript take
 * their place at once instead of shifting the text later. Kept tiny: it blocks rendering.
 * Mirrors `savedTheme()` in src/browser/theme.ts.
 */
export const themeScript =
	"var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}";

/**
 * Runs on a redirect page (an old side-by-side pair URL): goes where its one link leads, taking the
 * reader's place (`#op5`) along, which a `<meta http-equiv="refresh">` would drop. Once the page
 * has loaded (a moment for a page this small), so that its own request is not cut off. The same on
 * every such page, so one hash allows it.
 */
export const redirectScript = 'onload=()=>location.replace(document.links[0].href+location.hash)';

/** The CSP source expression allowing one inline script: `'sha256-…'`. */
export function scriptHash(script: string): string {
	return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}

/** The Content-Security-Policy of every page but paragraph pages, delivered in a `<meta>` element. */
export function contentSecurityPolicy(): string {
	return [
		"default-src 'self'",
		// Pagefind compiles its WebAssembly search engine in the browser.
		`script-src 'self' ${scriptHash(themeScript)} 'wasm-unsafe-eval'`,
		"style-src 'self'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

/**
 * The policy of a paragraph's own page, which runs the colour-scheme script and nothing else and
 * loads only from the site: short, since 79,000 pages carry it.
 */
export function paragraphPagePolicy(): string {
	return `default-src 'self'; script-src ${scriptHash(themeScript)}`;
}

/** The Content-Security-Policy of a redirect page: its one inline script, nothing else (its empty `data:` icon aside). */
export function redirectSecurityPolicy(): string {
	return `default-src 'none'; script-src ${scriptHash(redirectScript)}; img-src data:`;
}
