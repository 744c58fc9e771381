/**
 * The completeness guarantee: every word of the UN's file is in what the importer gives, in the
 * order printed, and nothing else is.
 *
 * One side is an independent extractor that knows nothing of the importer: the text nodes of the
 * file in document order (leaving out `meta`, which is not printed), with a space at the edges
 * of every element that is not inline. The other side is the imported document read back:
 * cover and preface facts, enacting formula, blocks (each footnote's text where it is called),
 * conclusions. Both collapse ASCII white space. They must be equal, except for the text the
 * importer drops on purpose (`Reader.dropped`: Arabic footnote parentheses, the "()"
 * placeholders, the full stop of the number), each accounted for exactly once and only in the
 * element it was taken from. A field boundary on the imported side may stand for no space in the
 * file ("1 -" as `num` and the text after it).
 */
import type { FootnoteSource, Inline } from '../inline';
import type { Block, SourceBlock } from '../structure';
import type { Dropped } from './context';
import type { ImportedFacts } from './facts';
import { elementPath, type ChildNode, type Element } from './xml';

/** Elements that do not separate words: the file's inline markup. */
const inlineElements = new Set(['span', 'a', 'sup', 'sub', 'inline', 'docAuthority', 'docNumber', 'docTitle', 'docStatus', 'docDate', 'session', 'docProponent', 'img', 'i', 'b', 'u']);

export interface XmlText {
	/** The words, ASCII white space collapsed to single spaces. */
	text: string;
	/** The element each character of `text` comes from (for a space at an edge: that element). */
	owners: Element[];
}

/** The printed text of an Akoma Ntoso document, element by element, independent of the importer. */
export function extractText(root: Element): XmlText {
	const chars: string[] = [];
	const owners: Element[] = [];
	const push = (value: string, owner: Element) => {
		for (const ch of value) {
			const space = ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';
			if (space) {
				if (chars.length === 0 || chars.at(-1) === ' ') continue;
				chars.push(' ');
			} else chars.push(ch);
			owners.push(owner);
		}
	};
	const walk = (element: Element) => {
		if (element.localName === 'meta') return;
		const block = !inlineElements.has(element.localName);
		if (block) push(' ', element);
		for (const node of [...element.childNodes] as ChildNode[]) {
			if (node.nodeType === 3) push(node.textContent ?? '', element);
			else if (node.nodeType === 1) walk(node as Element);
		}
		if (block) push(' ', element);
	};
	walk(root);
	while (chars.at(-1) === ' ') {
		chars.pop();
		owners.pop();
	}
	return { text: chars.join(''), owners };
}

/** A field boundary on the imported side: any white space, or none, in the file. */
const BOUNDARY = '\u0000';

function inlineText(nodes: readonly Inline[], footnotes: readonly FootnoteSource[], out: string[]): void {
	for (const node of nodes) {
		switch (node.type) {
			case 'text':
				out.push(node.value);
				break;
			case 'footnoteRef': {
				const note = footnotes.find((f) => f.marker === node.marker);
				out.push(BOUNDARY);
				if (note) inlineText(note.content, [], out);
				else out.push(`[missing footnote ${node.marker}]`);
				out.push(BOUNDARY);
				break;
			}
			default:
				inlineText(node.children, footnotes, out);
		}
	}
}

function blockText(source: SourceBlock, out: string[]): void {
	const field = (nodes: readonly Inline[] | undefined) => {
		if (!nodes) return;
		out.push(BOUNDARY);
		inlineText(nodes, source.footnotes, out);
		out.push(BOUNDARY);
	};
	const word = (value: string | undefined) => {
		if (value !== undefined) out.push(BOUNDARY, value, BOUNDARY);
	};
	const block: Block = source.block;
	switch (block.type) {
		case 'paragraph': {
			word(block.num);
			field(block.content);
			const points = (list: typeof block.points) => {
				for (const point of list) {
					word(point.num);
					field(point.content);
					points(point.points);
				}
			};
			points(block.points);
			for (const wrap of block.wrapUp) field(wrap);
			return;
		}
		case 'table':
			for (const row of block.rows) for (const cell of row.cells) field(cell.content);
			return;
		case 'annex':
			for (const line of block.lines) field(line);
			return;
		case 'part':
			word(block.num);
			field(block.content);
			field(block.enactingFormula);
			return;
		default:
			word(block.num);
			field(block.content);
	}
}

/** How the facts were printed, where the document alone does not say. */
export interface TextLayout {
	/** The number is not printed (it comes from the symbol). */
	numberFromSymbol: boolean;
	/** The first block is the letter of a separately issued part, printed in the preface. */
	letterFirst: boolean;
	/** A document of parts: each part's meeting and date follow its text. */
	collection: boolean;
}

/** The imported document read back in the order of the file, fields separated by boundaries. */
export function importedText(facts: ImportedFacts, blocks: readonly SourceBlock[], layout: TextLayout): string {
	const out: string[] = [];
	const word = (value: string | undefined) => {
		if (value !== undefined) out.push(BOUNDARY, value, BOUNDARY);
	};
	const line = (nodes: readonly Inline[] | undefined) => {
		if (!nodes) return;
		out.push(BOUNDARY);
		inlineText(nodes, [], out);
		out.push(BOUNDARY);
	};
	word(facts.organization);
	word(facts.symbol);
	word(facts.body);
	word(facts.distribution);
	word(facts.issued.label);
	word(facts.session.title);
	word(facts.agendaItem.label);
	for (const title of facts.agendaItem.titles) word(title);
	word(facts.adopted.heading);
	line(facts.proponent);
	if (!layout.numberFromSymbol) word(facts.number);
	word(facts.title);
	let rest = blocks;
	if (layout.letterFirst && blocks[0]) {
		blockText(blocks[0], out);
		rest = blocks.slice(1);
	}
	line(facts.enactingFormula);
	let concluded = false;
	let inPart: Extract<Block, { type: 'part' }> | undefined;
	const conclude = (meeting: string | undefined) => {
		word(meeting);
		word(facts.adopted.label);
	};
	for (const source of rest) {
		if (source.block.type === 'part') {
			if (inPart) conclude(inPart.meeting);
			inPart = source.block;
		}
		if (source.block.type === 'annex' && !concluded && !layout.collection) {
			conclude(facts.adopted.meeting);
			concluded = true;
		}
		blockText(source, out);
	}
	if (inPart) conclude(inPart.meeting);
	else if (!concluded) conclude(facts.adopted.meeting);
	return out.join('');
}

export interface Difference {
	/** The element of the file where the texts part. */
	element: string;
	expected: string;
	found: string;
}

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';
const contains = (outer: Element, inner: Element | undefined) => {
	for (let node: Element | null | undefined = inner; node; node = node.parentNode as Element | null) if (node === outer) return true;
	return false;
};

/**
 * Compares the file's text with the imported text. Returns the first difference (if any) and the
 * dropped texts that were never found where they were said to be.
 */
export function compareText(xml: XmlText, imported: string, dropped: readonly Dropped[]): { difference?: Difference; unused: Dropped[] } {
	const x = xml.text;
	const m = imported;
	const pending = [...dropped];
	let i = 0;
	let j = 0;
	let afterDrop = false;
	/** Whether the next few characters of both sides are the same, white space and boundaries aside. */
	const agrees = (from: number, to: number): boolean => {
		let a = from;
		let b = to;
		for (let n = 0; n < 12; n++) {
			while (isSpace(x[a])) a++;
			while (isSpace(m[b]) || m[b] === BOUNDARY) b++;
			if (a >= x.length || b >= m.length) return a >= x.length && b >= m.length;
			if (x[a++] !== m[b++]) return false;
		}
		return true;
	};
	const excerpt = (text: string, at: number) => JSON.stringify(text.slice(Math.max(0, at - 40), at + 40).replaceAll(BOUNDARY, '|'));
	while (i < x.length || j < m.length) {
		const xs = isSpace(x[i]);
		const mb = m[j] === BOUNDARY;
		const ms = isSpace(m[j]);
		if (mb) {
			while (m[j] === BOUNDARY || isSpace(m[j])) j++;
			while (isSpace(x[i])) i++;
			continue;
		}
		if (xs && ms) {
			while (isSpace(x[i])) i++;
			while (isSpace(m[j]) || m[j] === BOUNDARY) j++;
			continue;
		}
		if (i < x.length && j < m.length && x[i] === m[j]) {
			// A dropped text whose words happen to begin the words after it ("I." before "Investing"): the drop, when only it lets the texts agree.
			const early = pending.findIndex((d) => x.startsWith(d.text, i) && contains(d.element, xml.owners[i]) && !agrees(i, j) && agrees(i + d.text.length, j));
			if (early >= 0) {
				i += pending[early]!.text.length;
				pending.splice(early, 1);
				afterDrop = true;
				continue;
			}
			i++;
			j++;
			afterDrop = false;
			continue;
		}
		if (afterDrop && (xs || ms)) {
			while (isSpace(x[i])) i++;
			while (isSpace(m[j])) j++;
			continue;
		}
		const owner = xml.owners[i];
		const drop = pending.findIndex((d) => x.startsWith(d.text, i) && contains(d.element, owner));
		if (drop >= 0) {
			i += pending[drop]!.text.length;
			pending.splice(drop, 1);
			afterDrop = true;
			continue;
		}
		const where = owner ?? xml.owners.at(-1);
		return {
			difference: { element: where ? elementPath(where) : '/', expected: `the text of the file, ${excerpt(x, i)}`, found: `${excerpt(m, j)} in the import` },
			unused: pending,
		};
	}
	return { unused: pending };
}

const inlineTypes = new Set(['text', 'emphasis', 'documentLink', 'externalLink', 'superscript', 'footnoteRef']);
const isInlineList = (value: unknown): value is Inline[] =>
	Array.isArray(value) && value.length > 0 && value.every((node) => typeof node === 'object' && node !== null && inlineTypes.has((node as { type?: string }).type ?? ''));

/** A footnote call's marker read wrong, where the imported text shows it. */
export interface StrayMarker {
	/** Where it is: the path of the block's element in the file (by its eId), or the block's kind and number. */
	block: string;
	what: string;
	/** The words around it, the call written [n]. */
	context: string;
}

/**
 * The other half of the guarantee for footnote calls: the words are all there (compareText), and
 * none of them is a piece of a marker left behind. Finds superscripts without words (a raised
 * bracket or comma), empty brackets beside a call ("[4]()"), and in Arabic, where the marker is
 * printed "(4)", a bracket just before a call or just after it ("ساموا([8]"): what is left when
 * the marker's brackets were not all found.
 */
export function strayMarkers(blocks: readonly SourceBlock[], language: string): StrayMarker[] {
	const found: StrayMarker[] = [];
	const flat = (nodes: readonly Inline[]): string => nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'footnoteRef' ? `[${n.marker}]` : flat(n.children))).join('');
	const check = (nodes: readonly Inline[], block: string) => {
		nodes.forEach((node, index) => {
			const context = () => `${flat(nodes.slice(0, index)).slice(-25)}${flat([node])}${flat(nodes.slice(index + 1)).slice(0, 25)}`;
			if (node.type === 'superscript' && !/[\p{L}\p{N}]/u.test(flat(node.children))) found.push({ block, what: 'a superscript without words', context: context() });
			if (node.type !== 'footnoteRef') return;
			const before = nodes[index - 1]?.type === 'text' ? (nodes[index - 1] as { value: string }).value : '';
			const after = nodes[index + 1]?.type === 'text' ? (nodes[index + 1] as { value: string }).value : '';
			if (/\(\s*\)\s*$/u.test(before) || /^\s*\(\s*\)/u.test(after)) found.push({ block, what: 'empty brackets beside a footnote call', context: context() });
			else if (language === 'ar' && (/\(\s*$/u.test(before) || /^\s*\)/u.test(after))) found.push({ block, what: 'a bracket of the marker beside a footnote call', context: context() });
		});
	};
	const walk = (value: unknown, block: string) => {
		if (isInlineList(value)) {
			check(value, block);
			for (const node of value) if (node.type !== 'text' && node.type !== 'footnoteRef') walk(node.children, block);
		} else if (Array.isArray(value)) for (const item of value) walk(item, block);
		else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) walk(item, block);
	};
	for (const source of blocks) {
		const { block } = source;
		const eId = 'akn4unId' in block ? block.akn4unId : undefined;
		walk(source, eId ? `//*[@eId="${eId}"]` : `${block.type} ${'num' in block ? (block.num ?? '') : ''}`.trim());
	}
	return found;
}
