/**
 * `npm run dev` reads the content as soon as the server listens, instead of on the first request:
 * the first page a writer opens is then as quick as the next one. Content is read through the dev
 * server's own module loader, so the pages find it already loaded (and the content cache,
 * src/lib/content-cache.ts, makes the read itself take seconds).
 */
import type { AstroIntegration } from 'astro';

export default function devWarmup(): AstroIntegration {
	let base = '/';
	return {
		name: 'resolution-reader:dev-warmup',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:server:setup': ({ server, logger }) => {
				server.httpServer?.once('listening', async () => {
					const started = performance.now();
					try {
						const content = (await server.ssrLoadModule('/src/lib/content.ts')) as typeof import('../lib/content');
						const resolutions = content.getResolutions();
						// One page of each kind renders once, so its styles and modules are ready too.
						const address = server.httpServer?.address();
						const first = resolutions[0];
						if (first && address && typeof address === 'object') {
							const page = new URL(`${base}${first.facts.symbol}/`.replace(/\/+/g, '/'), `http://localhost:${address.port}`);
							for (const path of ['', `${first.paragraphs[0]?.anchor ?? ''}/`]) await fetch(new URL(path, page)).then((response) => response.arrayBuffer());
						}
						logger.info(`read ${resolutions.length} resolution texts and warmed the pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
					} catch (error) {
						// The first request reports the same error on its page; here it is only said sooner.
						logger.error(`could not read the content: ${(error as Error).message}`);
					}
				});
			},
		},
	};
}
