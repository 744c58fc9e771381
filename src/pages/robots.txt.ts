/** `/robots.txt`: everything may be crawled; the sitemap (src/integrations/sitemap.ts) lists the pages. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls';

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nDisallow:\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site!)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
