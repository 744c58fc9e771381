/** `/A/RES/76/299/data.txt`: the resolution as plain text, laid out as printed (see src/lib/exports/text.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { resolutionPagePaths } from '../../lib/content';
import { dataFormat } from '../../lib/exports/formats';
import { resolutionText } from '../../lib/exports/text';
import type { Resolution } from '../../lib/resolution';

export const getStaticPaths = (() => resolutionPagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ resolution: Resolution }> = ({ props }) =>
	new Response(resolutionText(props.resolution), {
		headers: { 'Content-Type': `${dataFormat('data.txt').mediaType}; charset=utf-8` },
	});
