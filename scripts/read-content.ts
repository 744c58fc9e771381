/**
 * Reads and checks every published resolution once, filling the content cache
 * (src/lib/content-cache.ts): `npm run content`. The deploy workflow runs it before the shards, so
 * that each shard reads the whole session's model (for the lists every shard renders) from the
 * cache instead of parsing it again; it is also the quickest way to check all content.
 */
import { loadResolutions } from '../src/lib/content';
import { cacheStats } from '../src/lib/content-cache';

const started = performance.now();
const resolutions = loadResolutions();
const symbols = new Set(resolutions.map((resolution) => resolution.facts.symbol));
console.log(
	`Read ${symbols.size} resolutions in ${resolutions.length} language versions in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
		`(${cacheStats.hits} from the content cache, ${cacheStats.misses} parsed)`,
);
