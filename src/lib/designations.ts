/**
 * What a reader calls a part of a resolution: "Operative paragraph 5", "Section II, paragraph 3",
 * "Operative paragraph 5 (a) (ii)", "PP16" in the margin, "Footnote 2". One place for these names,
 * so the outline, margin, search titles, citations and paragraph pages agree; the words are in
 * src/i18n/, the composition in src/lib/locator.ts (which the page's script shares).
 */
import { uiKeys, type Translate, type UiKey } from '../i18n/ui';
import type { ParagraphKind } from './anchors';
import { formatCitation } from './citation';
import { plainText } from './inline';
import { citationLocator, designate, type Locator, type LocatorKey, type LocatorStrings } from './locator';
import type { AnchoredBlock, AnchoredPoint, Footnote, Paragraph, Resolution } from './resolution';
import type { Annex, Section } from './structure';
import { fillTemplate } from './template';

const keys: Record<ParagraphKind, { long: UiKey; short: UiKey }> = {
	preambular: { long: 'designation.preambular', short: 'designation.short.preambular' },
	operative: { long: 'designation.operative', short: 'designation.short.operative' },
};

/**
 * The designation of a paragraph of the top scope by its kind and number: "Preambular paragraph
 * 16" (`long`, the default), or "PP16" and "5." (`short`).
 */
export function paragraphDesignation(paragraph: { kind: ParagraphKind; number: number }, t: Translate, form: 'long' | 'short' = 'long'): string {
	return fillTemplate(t(keys[paragraph.kind][form]), { n: paragraph.number });
}

/** The strings that name places in the text, in one language. */
export function locatorStrings(t: Translate): LocatorStrings {
	return Object.fromEntries(locatorKeys().map((key) => [key, t(key)])) as LocatorStrings;
}

const usedStrings = new WeakMap<Resolution, Partial<LocatorStrings>>();

/**
 * The strings that name and cite the places of one resolution, and only those: the page's copy
 * script needs them (as one attribute on each of 90,000 pages), and a resolution without sections,
 * annexes, parts, tables or sub-paragraphs needs barely half. Found by naming and citing every
 * block and sub-paragraph with the same code the script runs, noting which strings it reads.
 */
export function resolutionLocatorStrings(resolution: Resolution, t: Translate): Partial<LocatorStrings> {
	let found = usedStrings.get(resolution);
	if (!found) {
		const all = locatorStrings(t);
		const used = new Set<LocatorKey>();
		const recording = new Proxy(all, {
			get: (strings, key) => {
				used.add(key as LocatorKey);
				return strings[key as LocatorKey];
			},
		});
		const name = (block: AnchoredBlock, points: readonly AnchoredPoint[]) => {
			const locator = locatorOf(resolution, block, points);
			designate(locator, recording);
			formatCitation(recording, { body: '', symbol: '', date: '' }, locator, '');
		};
		const walk = (block: AnchoredBlock, path: readonly AnchoredPoint[], points: readonly AnchoredPoint[]) => {
			for (const point of points) {
				name(block, [...path, point]);
				walk(block, [...path, point], point.points);
			}
		};
		for (const block of resolution.blocks) {
			name(block, []);
			if (block.type === 'paragraph') walk(block, [], block.points);
		}
		found = Object.fromEntries(locatorKeys().filter((key) => used.has(key)).map((key) => [key, all[key]]));
		usedStrings.set(resolution, found);
	}
	return found;
}

let locatorKeyList: LocatorKey[] | undefined;
/** The interface strings a locator is named with: found once, since every block of every page asks. */
function locatorKeys(): LocatorKey[] {
	locatorKeyList ??= uiKeys.filter(isLocatorKey);
	return locatorKeyList;
}

function isLocatorKey(key: UiKey): key is LocatorKey {
	return /^(?:citation\.|designation\.(?:inner\.|preambular$|operative$|unnumbered$|table$|part$|section$|annex$|scoped$|points$))/.test(key);
}

/** Longer first lines of an annex are titles, not labels: those annexes are named by the interface word. */
const longestAnnexLabel = 24;

/** An annex by the label printed at its head ("Annex", "Annex I"), or "" where that is a title or missing. */
export function annexLabel(annex: Pick<Annex, 'lines'>): string {
	const label = plainText(annex.lines[0] ?? []).trim();
	return label.length <= longestAnnexLabel ? label : '';
}

/** A section by its printed number ("II"), or by its title where none is printed. */
export function sectionLabel(section: Pick<Section, 'num' | 'content'>): string {
	return section.num ?? plainText(section.content).trim();
}

/** A paragraph of operative text printed without a number (anchored `p2`, or `op1` when alone). */
export function isUnnumbered(paragraph: Pick<Paragraph, 'kind' | 'num'>): boolean {
	return paragraph.kind === 'operative' && paragraph.num === undefined;
}

/** Where a block (or a sub-paragraph of it, by the points leading to it) is, for naming and citing. */
export function locatorOf(resolution: Resolution, block: AnchoredBlock, points: readonly AnchoredPoint[] = []): Locator {
	const { part, annex, section } = block.scope;
	const where: Locator = {
		kind: 'part',
		number: resolution.facts.number,
		part: block.type === 'part' ? block.num : part?.num,
		annex: block.type === 'annex' ? annexLabel(block) : annex && annexLabel(annex),
		section: block.type === 'section' ? sectionLabel(block) : section && sectionLabel(section),
	};
	switch (block.type) {
		case 'paragraph':
			return { ...where, kind: isUnnumbered(block) ? 'unnumbered' : block.kind, n: block.ordinal, points: points.map((point) => point.num) };
		case 'table':
			return { ...where, kind: 'table', n: Number(/([0-9]+)$/.exec(block.anchor)![1]) };
		case 'section':
		case 'annex':
		case 'part':
			return { ...where, kind: block.type };
		case 'heading':
			return { ...where, kind: section ? 'section' : annex ? 'annex' : 'part' };
	}
}

/** The sub-paragraphs leading to `anchor` in a paragraph, outermost first; empty for the paragraph itself. */
export function pointPath(paragraph: Pick<Paragraph, 'points'>, anchor: string): AnchoredPoint[] {
	const walk = (points: readonly AnchoredPoint[]): AnchoredPoint[] | undefined => {
		for (const point of points) {
			if (point.anchor === anchor) return [point];
			const inner = walk(point.points);
			if (inner) return [point, ...inner];
		}
		return undefined;
	};
	return walk(paragraph.points) ?? [];
}

/**
 * The designation of a block or sub-paragraph: "Operative paragraph 5", "Section II, paragraph 3",
 * "Operative paragraph 5 (a) (ii)", "Table 1"; a heading by its printed words.
 */
export function blockDesignation(resolution: Resolution, block: AnchoredBlock, t: Translate, points: readonly AnchoredPoint[] = []): string {
	if (block.type === 'heading') return [block.num, plainText(block.content).trim()].filter(Boolean).join(' ');
	return designate(locatorOf(resolution, block, points), locatorStrings(t));
}

/** A block as a citation names it ("preambular para. 3", "para. 212"), or by its designation where a citation names none (a heading). */
export function citedPlace(resolution: Resolution, block: AnchoredBlock, t: Translate): string {
	return citationLocator(locatorOf(resolution, block), locatorStrings(t)) || blockDesignation(resolution, block, t);
}

/**
 * The citation of a paragraph, as the copy tool gives it: "General Assembly resolution 76/299,
 * para. 5 (A/RES/76/299, 28 July 2022), <url>". Printed on the paragraph's own page, so that a
 * reader copies it without JavaScript.
 */
export function paragraphCitation(resolution: Resolution, paragraph: Paragraph, url: string, t: Translate): string {
	const { body, symbol, adopted } = resolution.facts;
	return formatCitation(locatorStrings(t), { body, symbol, date: adopted.label }, locatorOf(resolution, paragraph), url);
}

/**
 * The first words of a text, for a title where a paragraph has no lead phrase. Chinese runs its
 * words together, so a text without spaces is cut at a number of characters instead.
 */
export function firstWords(text: string, count = 6): string {
	const words = text.trim().split(/\s+/);
	const start = words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
	const characters = Array.from(start);
	return characters.length > count * 12 ? `${characters.slice(0, count * 4).join('')}…` : start;
}

/**
 * The title of a paragraph for lists and search results: "Operative paragraph 5 · Calls upon";
 * its first words where it has no lead phrase.
 */
export function paragraphTitle(resolution: Resolution, paragraph: Paragraph, t: Translate): string {
	return `${blockDesignation(resolution, paragraph, t)}${t('designation.separator')}${paragraph.lead ?? firstWords(plainText(paragraph.content))}`;
}

/** The designation of a footnote by its official marker: "Footnote 2". */
export function footnoteDesignation(footnote: { marker: string }, t: Translate): string {
	return fillTemplate(t('designation.footnote'), { marker: footnote.marker });
}

/** The title of a footnote, with the block that calls it: "Footnote 2 · Preambular paragraph 9". */
export function footnoteTitle(resolution: Resolution, footnote: Footnote, t: Translate): string {
	const block = resolution.blocks.find((b) => b.anchor === footnote.blockAnchor)!;
	return `${footnoteDesignation(footnote, t)}${t('designation.separator')}${blockDesignation(resolution, block, t)}`;
}
