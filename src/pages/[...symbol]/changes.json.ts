/** `/A/RES/76/72/changes.json`: what changed since the predecessor, as data (src/lib/changes/json.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { changesJson } from '../../lib/changes/json';
import { changesPagePaths, type Changes } from '../../lib/changes/published';
import type { Resolution } from '../../lib/resolution';

export const getStaticPaths = (() => changesPagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ resolution: Resolution; changes: Changes }> = ({ props, site }) =>
	// Without indentation: one per resolution and language, and 76/72's lists 458 blocks.
	new Response(`${JSON.stringify(changesJson(props.resolution, props.changes, site!))}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
