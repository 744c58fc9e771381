// @ts-check
import { defineConfig, passthroughImageService } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import pagefindIndex from './src/integrations/pagefind.ts';
import sitemap from './src/integrations/sitemap.ts';
import { basePath, siteUrl } from './src/integrations/site-address.ts';
import devWarmup from './src/integrations/dev-warmup.ts';
import { stylesheetChunk } from './src/integrations/stylesheets.ts';
import { rehypeReferenceLinks } from './src/lib/site/reference-pages.ts';

/**
 * The public origin of the site, used for canonical URLs and copied links.
 * Set `SITE_URL` when building for a real host; the default fits `npm start`.
 */
const site = siteUrl();

/**
 * What `npm run dev` does not watch: the content (250,000 files, read through src/lib/content.ts,
 * not through Vite's module graph, so a change there reloads nothing anyway), the UN's archives and
 * the build folders. Watching them passed the system's inotify limit (fs.inotify.max_user_watches,
 * 192,540 here) and ran the dev server out of memory.
 */
const unwatched = ['**/content/resolutions/**', '**/content/un-files/**', '**/dist/**', '**/dist-*/**', '**/shard-*/**'];

export default defineConfig({
	site,
	// Deploy under a sub-path with `BASE_PATH=/resolutions/ npm run build`; every link follows it.
	base: basePath(),
	// Tests build a second, sub-path copy of the site beside the first.
	outDir: process.env.OUT_DIR || './dist',
	// Every page is a folder with an index.html: `/A/RES/76/299/` is the one canonical form.
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	// The site has no raster images; this keeps the build free of `sharp`.
	image: { service: passthroughImageService() },
	// Prose pages: the home page's MDX and the reference pages of docs/ (src/lib/site/reference-pages.ts).
	// Code blocks stay plain: Shiki's colours are inline styles, which the Content-Security-Policy forbids.
	markdown: {
		remarkPlugins: [remarkGfm],
		rehypePlugins: [rehypeSlug, rehypeReferenceLinks],
		syntaxHighlight: false,
	},
	// sitemap-index.xml lists every page on `site` (and base); robots.txt points to it. Pagefind
	// indexes dist/ once the pages are written.
	integrations: [mdx(), sitemap(), pagefindIndex(), devWarmup()],
	devToolbar: { enabled: false },
	// Scripts stay in files, never inlined: the Content-Security-Policy allows no inline script
	// but the hashed colour-scheme one.
	// In `npm run dev` the page modules are compiled as the server starts, not on the first request.
	// The base, text and paragraph-page styles share one stylesheet (src/integrations/stylesheets.ts).
	vite: { build: { assetsInlineLimit: 0, rollupOptions: { output: { manualChunks: stylesheetChunk } } }, server: { warmup: { ssrFiles: ['./src/pages/**/*.astro', './src/pages/**/*.ts'] }, watch: { ignored: unwatched } } },
});
