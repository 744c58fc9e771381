/** `/schemas/session.json`: the JSON Schema of every session index, `/A/RES/76/data.json` (src/lib/library/session-schema.ts). */
import type { APIRoute } from 'astro';
import { sessionJsonSchema } from '../../lib/library/session-schema';

export const GET: APIRoute = ({ site }) =>
	new Response(`${JSON.stringify(sessionJsonSchema(site!), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
