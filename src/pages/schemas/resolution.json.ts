/** `/schemas/resolution.json`: the JSON Schema of every `data.json` (see src/lib/exports/json-schema.ts). */
import type { APIRoute } from 'astro';
import { resolutionJsonSchema } from '../../lib/exports/json-schema';

export const GET: APIRoute = ({ site }) =>
	new Response(`${JSON.stringify(resolutionJsonSchema(site!), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
