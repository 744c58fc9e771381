/**
 * Where the site is published, read from the environment the one way astro.config.mjs and the
 * shard merge (scripts/merge-shards.ts) both need it: `SITE_URL` (the origin; the default fits
 * `npm start`) and `BASE_PATH` (the path the site lives under).
 */

/** The public origin of the site, for canonical URLs, copied links and the sitemap. */
export function siteUrl(env = process.env): string {
	return env.SITE_URL || 'http://localhost:4321';
}

/** The path the site lives under, `/` or e.g. `/resolutions/`. */
export function basePath(env = process.env): string {
	return env.BASE_PATH || '/';
}

/** Origin and base together, ending in `/`: `https://example.org/resolutions/`. */
export function siteRoot(env = process.env): string {
	const base = basePath(env);
	return new URL(base.endsWith('/') ? base : `${base}/`, siteUrl(env)).href;
}
