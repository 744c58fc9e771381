/** `/A/RES/76/data.json`: the session's resolutions, their facts and the URLs of their pages and data (src/lib/library/session-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sessionJson } from '../../../../lib/library/session-data';
import { sessions } from '../../../../lib/library/session';

export const getStaticPaths = (() => sessions().map((session) => ({ params: { session } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
	new Response(`${JSON.stringify(sessionJson(params.session!, site!), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
