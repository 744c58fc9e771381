import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { paragraphSchema } from './schemas/paragraph';
import { resolutionSchema } from './schemas/resolution';

/**
 * Content lives outside `src/` so that editors find it at the top of the repository:
 * `content/resolutions/<symbol slug>/<language>/` holds `resolution.mdx` and one file per paragraph.
 */
const base = './content/resolutions';

export const collections = {
	resolutions: defineCollection({
		loader: glob({ base, pattern: '**/resolution.mdx' }),
		schema: resolutionSchema,
	}),
	paragraphs: defineCollection({
		// Every other Markdown file is a paragraph, so that a misnamed one fails the checks instead of
		// being left out.
		loader: glob({ base, pattern: ['**/*.{md,mdx}', '!**/resolution.mdx'] }),
		schema: paragraphSchema,
	}),
};
