/** `/A/RES/76/299/data.akn`: the resolution as Akoma Ntoso 3.0 XML (see src/lib/exports/akn.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { resolutionPagePaths } from '../../lib/content';
import { resolutionAkn } from '../../lib/exports/akn';
import { dataFormat } from '../../lib/exports/formats';
import type { Resolution } from '../../lib/resolution';
import { absoluteUrl, resolutionPath } from '../../lib/urls';

export const getStaticPaths = (() => resolutionPagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ resolution: Resolution }> = ({ props, site }) => {
	const { symbol, language } = props.resolution.facts;
	const pageUrl = absoluteUrl(resolutionPath(symbol, language), site!);
	return new Response(resolutionAkn(props.resolution, { generated: new Date(), pageUrl }), {
		headers: { 'Content-Type': `${dataFormat('data.akn').mediaType}; charset=utf-8` },
	});
};
