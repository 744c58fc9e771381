/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` at the end of every `astro build`,
 * as Starlight does, so the index can never be missing or stale. Only pages that mark their
 * content with `data-pagefind-body` are indexed (the document page's article).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
// Static on purpose: a dynamic import() inside the hook fails once Vite's module runner has closed.
import * as pagefind from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
	return {
		name: 'resolution-reader:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				// What the page adds beside the official text (designations, ¶ links) is never indexed.
				const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.paragraph-margin'] });
				try {
					if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
					const added = await index.addDirectory({ path: outDir });
					if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
					if (added.page_count === 0) throw new Error(`Pagefind found no page with data-pagefind-body in ${outDir}`);
					const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
					if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
					logger.info(`indexed ${added.page_count} page(s) into ${join(outDir, 'pagefind')}`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
