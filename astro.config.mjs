// @ts-check
import { defineConfig, passthroughImageService } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import pagefindIndex from './src/integrations/pagefind.ts';

/**
 * The public origin of the site, used for canonical URLs and copied links.
 * Set `SITE_URL` when building for a real host; the default fits `npm start`.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
	site,
	// A sub-path to publish under, e.g. BASE_PATH=/resolutions/; links, assets and search follow it.
	base: process.env.BASE_PATH || '/',
	// Every page is a folder with an index.html: `/A/RES/76/299/` is the one canonical form.
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	// The site has no raster images; this keeps the build free of `sharp`.
	image: { service: passthroughImageService() },
	markdown: {
		remarkPlugins: [remarkGfm],
		rehypePlugins: [rehypeSlug],
	},
	integrations: [mdx(), pagefindIndex()],
	devToolbar: { enabled: false },
});
