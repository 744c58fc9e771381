/**
 * The UN's files of one resolution sometimes differ in structure between languages (a paragraph
 * split in one, a sub-paragraph missing in another). A reader following a place into another
 * language lands on the nearest place that language has: `op5-a-ii` → `op5-a` → `op5` → its
 * section or part (`sec2`, `A`) → the top of the page. The document page's script does the same
 * in the browser (src/components/LanguageSwitcher.astro).
 */
import type { AnchoredPoint, Resolution } from './resolution';

/** Every anchor of a resolution's page: blocks, sub-paragraphs, table rows, footnotes. */
export function anchorsOf(resolution: Pick<Resolution, 'blocks' | 'footnotes'>): Set<string> {
	const anchors = new Set<string>();
	const points = (list: readonly AnchoredPoint[]) => {
		for (const point of list) {
			anchors.add(point.anchor);
			points(point.points);
		}
	};
	for (const block of resolution.blocks) {
		anchors.add(block.anchor);
		if (block.type === 'paragraph') points(block.points);
		if (block.type === 'table') for (const row of block.rowAnchors) anchors.add(row);
	}
	for (const footnote of resolution.footnotes) anchors.add(footnote.anchor);
	return anchors;
}

/** The nearest anchor to `anchor` that `anchors` holds, or undefined for the top of the page. */
export function nearestAnchor(anchor: string, anchors: ReadonlySet<string>): string | undefined {
	for (let id = anchor; ; id = id.slice(0, id.lastIndexOf('-'))) {
		if (anchors.has(id)) return id;
		if (!id.includes('-')) return undefined;
	}
}
