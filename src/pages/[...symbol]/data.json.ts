/** `/A/RES/76/299/data.json`: the resolution's facts and paragraphs as JSON (see src/lib/exports/json.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { resolutionPagePaths } from '../../lib/content';
import { resolutionJson } from '../../lib/exports/json';
import { dataFormat } from '../../lib/exports/formats';
import { getCitationGraph } from '../../lib/library/citations';
import type { Resolution } from '../../lib/resolution';

export const getStaticPaths = (() => resolutionPagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ resolution: Resolution }> = ({ props, site }) =>
	new Response(`${JSON.stringify(resolutionJson(props.resolution, site!, getCitationGraph()), null, '\t')}\n`, {
		headers: { 'Content-Type': `${dataFormat('data.json').mediaType}; charset=utf-8` },
	});
