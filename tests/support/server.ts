/**
 * A small static server for `dist/`, behaving like the static hosts the site is deployed to:
 * folders serve their index.html, a folder path without its slash redirects, unknown paths
 * get `404.html` with status 404. Used by browser tests and the benchmark.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.akn': 'application/akn+xml; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

export interface StaticSite {
	/** Origin and base path, ending in `/`: `http://127.0.0.1:40123/`. */
	url: string;
	close(): Promise<void>;
}

/**
 * Serves `root` on a free port of 127.0.0.1, optionally under a base path such as `/resolutions/`;
 * with `gzip`, compresses text as the hosts do (for Lighthouse: a page's transfer time counts).
 */
export async function serveStatic(root: string, { port = 0, base = '/', gzip = false } = {}): Promise<StaticSite> {
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const notFound = () => {
			const page = join(root, '404.html');
			response.writeHead(404, { 'content-type': types['.html']! });
			if (existsSync(page)) createReadStream(page).pipe(response);
			else response.end('Not found');
		};
		if (!url.pathname.startsWith(base)) return notFound();
		let path: string;
		try {
			path = normalize(join(root, decodeURIComponent(url.pathname.slice(base.length))));
		} catch {
			return notFound();
		}
		if (!path.startsWith(root)) return notFound();
		if (existsSync(path) && statSync(path).isDirectory()) {
			if (!url.pathname.endsWith('/')) {
				response.writeHead(301, { location: `${url.pathname}/${url.search}` });
				return response.end();
			}
			path = join(path, 'index.html');
		}
		if (!existsSync(path) || !statSync(path).isFile()) return notFound();
		const type = types[extname(path)] ?? 'application/octet-stream';
		if (gzip && /^(?:text\/|application\/(?:json|xml|akn))|svg/u.test(type) && /\bgzip\b/u.test(request.headers['accept-encoding'] ?? '')) {
			response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
			createReadStream(path).pipe(createGzip()).pipe(response);
			return;
		}
		response.writeHead(200, { 'content-type': type });
		createReadStream(path).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const { port: actual } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${actual}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
