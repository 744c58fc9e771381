/**
 * `SHARD` (the syntax of `RESOLUTIONS`) makes a build one part of a site built in shards: it renders
 * the pages of those resolutions and leaves what is made from the whole site (sitemap, search
 * index) to `npm run merge`.
 */

/** The selection this build renders, or undefined when it builds the whole site. */
export function shardSelection(env: NodeJS.ProcessEnv = process.env): string | undefined {
	return env['SHARD']?.trim() || undefined;
}
