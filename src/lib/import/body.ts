/**
 * The text of a resolution (preamble, main body, sections, annexes) read into the flat block
 * sequence of src/lib/structure.ts, with the normalisations the UN's files need so that the same
 * text gives the same structure in every language:
 *
 *  - a number printed in the text ("1 - ", "1-", "1 –", RLM-wrapped; Spanish "5 ") becomes the `num`;
 *  - a French or Spanish numbered paragraph left empty ("1." then the text in the next paragraph) is one paragraph;
 *  - lettered paragraphs ("(a)", "(أ)", "㈠", "a)", "(子)") after a paragraph are its sub-paragraphs;
 *  - sub-paragraph nesting follows the series of the letters (Russian Cyrillic/Latin mix-ups repaired first);
 *  - words after a list ("and stresses …"), unnumbered and without a lead, are the list's wrap-up;
 *  - a preamble `blockList` is a paragraph with sub-paragraphs;
 *  - an unnumbered paragraph before the first numbered one that ends like a preambular paragraph
 *    (",", "،", "，") is preambular: the file misplaces it;
 *  - headings: `heading`, `subheading`, Word styles H*, number-only paragraphs, bold-numbered
 *    paragraphs ("I. Introduction"), bold or label-only paragraphs; a label heading ("I") and the
 *    title after it are one heading;
 *  - sections: AKN `<section>`, and where the file has none, the heading group before each
 *    restart of the numbering at 1 (and every heading group with a label of the same series).
 */
import type { FootnoteSource, Inline } from '../inline';
import type { Block, Heading, Paragraph, Point, SourceBlock, TableCell } from '../structure';
import type { Reader } from './context';
import { firstWord, plainInline, plainRaw, readInline, resolve, tidy, withLead, withoutRepeatedNumber, type Raw } from './inline-akn';
import { inferDepths, isLabel } from './labels';
import { attr, child, children, collapse, found, isBlank, nearestId, tags, text, trimAscii, type Element } from './xml';

/** A sub-paragraph before its nesting is decided. */
interface FlatPoint {
	num: string;
	content: Inline[];
	/** The depth the file gives (list 0, sublist 1…), when it gives one. */
	hint?: number | undefined;
	akn4unId?: string | undefined;
}

interface ParaItem {
	t: 'para';
	el: Element;
	kind: 'preambular' | 'operative';
	num?: string | undefined;
	/** The text before any sub-paragraphs, unresolved. */
	raw: Raw[];
	flat: FlatPoint[];
	wrapUp: Inline[][];
	footnotes: FootnoteSource[];
	/** The Word style of the paragraph (`SingleTxt`, `H1`…). */
	style: string;
	/** Where it comes from: a `paragraph` with only `content`, with `num`, a `list`, a preamble `container`, a `crossHeading`. */
	form: 'content' | 'num' | 'list' | 'container' | 'crossHeading' | 'blockList';
	/** In the main body (not a section or an annex). */
	top: boolean;
}
interface HeadingItem {
	t: 'heading';
	el: Element;
	num?: string | undefined;
	content: Inline[];
	footnotes: FootnoteSource[];
}
interface SectionItem {
	t: 'section';
	el: Element;
	num?: string | undefined;
	content: Inline[];
	footnotes: FootnoteSource[];
}
interface BlockItem {
	t: 'block';
	el: Element;
	block: Block;
	footnotes: FootnoteSource[];
}
type Item = ParaItem | HeadingItem | SectionItem | BlockItem;

const eIdOf = (el: Element): string | undefined => attr(el, 'eId') ?? undefined;

// ---------------------------------------------------------------------------------------------
// Reading elements into items

/** The one `<p>` of a `content`, `intro`, table cell or preamble container. */
function onlyP(element: Element, reader: Reader, what: string): Element | undefined {
	const parts = children(element);
	if (parts.length === 1 && parts[0]!.localName === 'p') return parts[0];
	return reader.problem(parts.filter((p) => p.localName === 'p').length > 1 ? `several <p> in ${what}` : `${what} <${parts.find((p) => p.localName !== 'p')?.localName ?? 'nothing'}>`, element, `one <p> in ${what}`, tags(parts));
}

function para(el: Element, kind: ParaItem['kind'], form: ParaItem['form'], top: boolean, fields: Partial<ParaItem> = {}): ParaItem {
	return { t: 'para', el, kind, raw: [], flat: [], wrapUp: [], footnotes: [], style: attr(el, 'class') ?? '', form, top, ...fields };
}

function headingOf(el: Element, reader: Reader, num?: string): HeadingItem {
	const footnotes: FootnoteSource[] = [];
	const content = withoutRepeatedNumber(tidy(resolve(readInline(el, reader, footnotes))), num, el, reader);
	return { t: 'heading', el, num, content, footnotes };
}

/** The points of a `list` (its `point`s and `sublist`s, flattened with their depth). */
function listPoints(list: Element, reader: Reader, footnotes: FootnoteSource[], depth = 0): FlatPoint[] {
	const out: FlatPoint[] = [];
	for (const part of children(list)) {
		if (part.localName === 'intro' && depth === 0) continue;
		if (part.localName === 'point' || part.localName === 'item') {
			const num = child(part, 'num');
			const rest = children(part).filter((e) => e.localName !== 'num');
			// A list point holds content > p; a blockList item holds p directly.
			const holder = rest.length === 1 && rest[0]!.localName === 'content' ? rest[0]! : part;
			const p = holder === part ? (rest.length === 1 && rest[0]!.localName === 'p' ? rest[0] : reader.problem(`${part.localName} structure`, part, 'a <num> and one <p> (or <content> with one <p>)', tags(children(part)))) : onlyP(holder, reader, 'a point');
			if (!num) reader.problem(`${part.localName} without <num>`, part, 'a <num>', 'none');
			out.push({ num: text(num), content: p ? tidy(resolve(readInline(p, reader, footnotes))) : [], hint: depth, akn4unId: eIdOf(part) });
		} else if (part.localName === 'sublist') out.push(...listPoints(part, reader, footnotes, depth + 1));
		else reader.problem(`list <${part.localName}>`, part, 'an <intro>, <point>s and <sublist>s', `<${part.localName}>`);
	}
	return out;
}

/** The `<heading>` or `<subheading>` that is all a `<p>` holds (white space aside), if it is. */
function soleHeading(p: Element): Element | undefined {
	const elements = children(p);
	const onlyElement = elements.length === 1 && (elements[0]!.localName === 'heading' || elements[0]!.localName === 'subheading');
	const textAside = [...p.childNodes].some((node) => node.nodeType === 3 && !isBlank(node.textContent ?? ''));
	return onlyElement && !textAside ? elements[0] : undefined;
}

/** A main-body, section or annex `paragraph`. */
function readParagraph(el: Element, reader: Reader, top: boolean): Item[] {
	const parts = children(el);
	const names = parts.map((p) => p.localName).join(',');
	const num = child(el, 'num');
	switch (names) {
		case 'num,content':
		case 'content': {
			const p = onlyP(parts.at(-1)!, reader, 'a paragraph');
			// A heading printed as a paragraph whose only words are a <heading> or <subheading> (the articles of the convention annexed to 77/100).
			const heading = p && soleHeading(p);
			if (heading) return [headingOf(heading, reader, num ? text(num) : undefined)];
			const item = para(el, 'operative', num ? 'num' : 'content', top, { num: num ? text(num) : undefined });
			if (p) item.raw = readInline(p, reader, item.footnotes);
			return [item];
		}
		case 'num,list': {
			const list = parts[1]!;
			const intro = child(list, 'intro');
			const item = para(el, 'operative', 'list', top, { num: text(num) });
			const p = intro ? onlyP(intro, reader, 'a list introduction') : reader.problem('list without <intro>', list, 'an <intro>', tags(children(list)));
			if (p) item.raw = readInline(p, reader, item.footnotes);
			item.flat = listPoints(list, reader, item.footnotes);
			return [item];
		}
		case 'heading':
		case 'subheading':
		case 'num,heading':
		case 'num,subheading':
			return [headingOf(parts.at(-1)!, reader, num ? text(num) : undefined)];
		case 'subheading,subheading':
			return parts.map((part) => headingOf(part, reader));
		case 'num':
			return [{ t: 'heading', el, num: text(num), content: [], footnotes: [] }];
		default:
			reader.problem(`paragraph with ${names || 'nothing'}`, el, 'a paragraph of <num>, <content>, <list>, <heading> or <subheading>', tags(parts));
			return [];
	}
}

/** A `container` holding a table. */
function readTable(container: Element, reader: Reader): BlockItem | undefined {
	const parts = children(container);
	const table = parts.length === 1 && parts[0]!.localName === 'table' ? parts[0]! : undefined;
	if (!table) return reader.problem(`container with ${tags(parts)}`, container, 'a <container> holding one <table>', tags(parts));
	const footnotes: FootnoteSource[] = [];
	const rows = children(table).map((tr) => {
		if (tr.localName !== 'tr') reader.problem(`table <${tr.localName}>`, tr, '<tr> rows', `<${tr.localName}>`);
		const cells = children(tr).map((cell): TableCell => {
			if (cell.localName !== 'td' && cell.localName !== 'th') reader.problem(`table cell <${cell.localName}>`, cell, '<td> or <th>', `<${cell.localName}>`);
			const ps = children(cell);
			if (ps.some((p) => p.localName !== 'p') || ps.length > 1) reader.problem('table cell structure', cell, 'at most one <p> in a cell', tags(ps));
			const span = (name: string) => {
				const value = attr(cell, name);
				if (value === null) return undefined;
				const n = Number(value);
				if (!Number.isInteger(n) || n < 1) reader.problem(`table cell @${name}`, cell, 'a positive whole number', found(value));
				return n > 1 ? n : undefined;
			};
			return {
				header: cell.localName === 'th',
				colspan: span('colspan'),
				rowspan: span('rowspan'),
				content: ps[0] ? tidy(resolve(readInline(ps[0], reader, footnotes))) : [],
			};
		});
		return { cells };
	});
	return { t: 'block', el: container, block: { type: 'table', akn4unId: eIdOf(table) ?? eIdOf(container), rows }, footnotes };
}

/** The children of a main body, a section or an annex body, in order. */
function readBody(body: Element, reader: Reader, where: 'main' | 'section' | 'annex'): Item[] {
	const items: Item[] = [];
	for (const el of children(body)) {
		switch (el.localName) {
			case 'paragraph':
				items.push(...readParagraph(el, reader, where === 'main'));
				break;
			case 'crossHeading': {
				if (attr(el, 'refersTo') !== '#preamble') reader.problem('crossHeading', el, 'a crossHeading refersTo="#preamble" (a preambular paragraph)', found(attr(el, 'refersTo') ?? 'none'));
				const item = para(el, 'preambular', 'crossHeading', false);
				item.raw = readInline(el, reader, item.footnotes);
				items.push(item);
				break;
			}
			case 'heading':
			case 'subheading':
				items.push(headingOf(el, reader));
				break;
			case 'num':
				if (where !== 'section') reader.problem('<num> in a body', el, '<num> only at the head of a section', `<num>${found(text(el))}`);
				break;
			case 'container': {
				const table = readTable(el, reader);
				if (table) items.push(table);
				break;
			}
			case 'section': {
				if (where !== 'main') {
					reader.problem('section in a section or annex', el, 'sections only in the main body (they never nest)', '<section>');
					break;
				}
				items.push(...readSection(el, reader));
				break;
			}
			default:
				reader.problem(`${where === 'annex' ? 'annex' : 'main body'} <${el.localName}>`, el, 'paragraphs, headings, crossHeadings, sections and tables', `<${el.localName}>`);
		}
	}
	return items;
}

/** A short label printed as a heading: "I", "II.", "A", "أولا", "一", "B.". */
const labelPattern = /^(?:[IVXL]+|[A-Z]|[一二三四五六七八九十]+|أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا|(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع) عشر|عشرون|(?:حادي|ثاني|ثالث|رابع) والعشرون|(?:[^\s]{2,10} و)?(?:العشرون|عشرون))[.]?$/u;
export const isHeadingLabel = (words: string): boolean => labelPattern.test(words.replace(/[\u200e\u200f\u0640]/gu, '').trim());

/** A numbered name printed as a heading of its own: "Guideline 2", "Regulation 12", "准则 2", "المبدأ التوجيهي 2". */
export const isNamedNumber = (words: string): boolean => /^[^\s0-9]{2,}(?: [^\s0-9]+){0,2} ?[0-9]+$/u.test(trimAscii(collapse(words)).replace(/[\u200e\u200f]/gu, ''));

/** An AKN `<section>`: its number and title make the section block, its other headings headings. */
function readSection(section: Element, reader: Reader): Item[] {
	const inner = readBody(section, reader, 'section');
	const num = child(section, 'num');
	// The headings at the head of the section: a label ("A", "I") and a title; a title before the label is a heading of its own.
	let at = 0;
	const head: HeadingItem[] = [];
	while (inner[at]?.t === 'heading') head.push(inner[at++] as HeadingItem);
	// Spanish 76/246 heads its sections with a numbered H23 paragraph ("II.", title).
	if (head.length === 0 && inner[0]?.t === 'para' && inner[0].num && /^H/u.test(inner[0].style) && isHeadingLabel(inner[0].num)) {
		const first = inner[0];
		head.push({ t: 'heading', el: first.el, num: first.num, content: tidy(resolve(first.raw)), footnotes: first.footnotes });
		at = 1;
	}
	let label = num ? text(num) : undefined;
	let title: HeadingItem | undefined;
	const before: HeadingItem[] = [];
	if (num) {
		// A heading printed before the section's number (Spanish 76/240 A) is a heading of its own, before the section.
		const order = children(section);
		while (head[0] && order.indexOf(head[0].el) >= 0 && order.indexOf(head[0].el) < order.indexOf(num)) before.push(head.shift()!);
	}
	if (label === undefined) {
		const labelAt = head.findIndex((h) => h.num === undefined && isHeadingLabel(plainInline(h.content)));
		const numbered = head.findIndex((h) => h.num !== undefined);
		if (labelAt >= 0) {
			label = trimAscii(plainInline(head[labelAt]!.content));
			before.push(...head.slice(0, labelAt));
			title = head[labelAt + 1];
			head.splice(0, labelAt + 2);
		} else if (numbered >= 0) {
			before.push(...head.slice(0, numbered));
			label = head[numbered]!.num;
			title = head[numbered];
			head.splice(0, numbered + 1);
		} else {
			title = head.shift();
		}
	} else title = head.shift();
	const rest = [...head, ...inner.slice(at)];
	const sectionItem: SectionItem = { t: 'section', el: section, num: label, content: title?.content ?? [], footnotes: title?.footnotes ?? [] };
	return [...before, sectionItem, ...rest];
}

// ---------------------------------------------------------------------------------------------
// Normalisations over a run of items

/** A number printed at the start of the text: "1 - ", "1-", "16 –", "‏19 -‏"; in Spanish "5 " before a capital. */
const textNumber = /^([ \t\n\r\f]*)([\u200e\u200f]*[0-9]+[\u200e\u200f]*[ \t\u00a0]*[-–‐][\u200e\u200f]*|[\u200e\u200f]*[0-9]+[.．][\u200e\u200f]*)(?=[ \t\n\r\f\u00a0\u200e\u200f]|$|[^\x00-\x7f])/u;

/** Takes a number printed at the start of a paragraph's text (the Arabic style) into `num`. */
function takeTextNumber(item: ParaItem, reader: Reader, expected: number): void {
	const index = firstWord(item.raw);
	const first = item.raw[index];
	const take = (printed: string) => {
		item.num = trimAscii(printed);
		reader.note(item.el, `number ${JSON.stringify(item.num)} read from the text`);
	};
	if (first?.type === 'text') {
		const match = textNumber.exec(first.value);
		const bare = /^([ \t\n\r\f]*)([0-9]+)(?=[ \t\u00a0]+(?:\p{Lu}|\p{Lo}|$))/u.exec(first.value);
		if (match) {
			take(match[2]!);
			item.raw = [...item.raw.slice(0, index), { type: 'text', value: first.value.slice(match[0].length) }, ...item.raw.slice(index + 1)];
		} else if (bare && Number(bare[2]) === expected) {
			take(bare[2]!);
			item.raw = [...item.raw.slice(0, index), { type: 'text', value: first.value.slice(bare[0].length) }, ...item.raw.slice(index + 1)];
		}
		return;
	}
	if (first?.type === 'styled' && !first.italic) {
		const inner = firstWord(first.children);
		const head = first.children[inner];
		if (head?.type !== 'text') return;
		const match = textNumber.exec(head.value);
		if (!match) return;
		take(match[2]!);
		const restChildren = [...first.children.slice(0, inner), { type: 'text', value: head.value.slice(match[0].length) } as Raw, ...first.children.slice(inner + 1)];
		item.raw = [...item.raw.slice(0, index), ...(isBlank(plainRaw(restChildren)) && restChildren.every((n) => n.type === 'text') ? restChildren : [{ ...first, children: restChildren }]), ...item.raw.slice(index + 1)];
	}
}

/** A lettered sub-paragraph printed in the text: "(a) “atmosphere” means …", "(子) …"; "а)" with a Cyrillic "а" (Russian 75/189); "iii)" (French 75/4). */
const textLabel = /^([ \t\n\r\f]*)(\((?:[a-z]{1,3}|[ivxl]{1,6}|[\u0621-\u064a\u0640\ufeeb]{1,3}(?: [\u0621-\u064a]{1,2})?|[子丑寅卯辰巳午未申酉戌亥甲乙丙丁戊己庚辛壬癸]|[一二三四五六七八九十]{1,3})\)|[a-zасе]{1,2}\)|[ivxl]{3,6}\)|[㈠-㈩]|’[0-9]{1,2}‘)(?=[ \t\n\r\f\u00a0]|[^\x00-\x7f])/u;

function textLabelOf(raw: readonly Raw[]): { label: string; rest: Raw[] } | undefined {
	const index = firstWord(raw);
	const first = raw[index];
	if (first?.type !== 'text') return undefined;
	const match = textLabel.exec(first.value);
	if (!match || !isLabel(match[2]!)) return undefined;
	return { label: match[2]!, rest: [...raw.slice(0, index), { type: 'text', value: first.value.slice(match[0].length) }, ...raw.slice(index + 1)] };
}

const wordsOf = (item: ParaItem) => trimAscii(collapse(plainRaw(item.raw)));
const isEmpty = (item: ParaItem) => isBlank(plainRaw(item.raw)) && item.raw.every((n) => n.type !== 'footnoteRef') && item.flat.length === 0;
/** The whole text is bold (presentation of a heading), not italic. */
function allBold(raw: readonly Raw[]): boolean {
	let bold = false;
	for (const node of raw) {
		if (node.type === 'text') {
			if (!isBlank(node.value)) return false;
		} else if (node.type === 'styled') {
			if (node.italic) return false;
			if (node.bold && !isBlank(plainRaw(node.children))) bold = true;
			else if (!node.bold && !allBold(node.children)) return false;
		} else if (node.type !== 'footnoteRef') return false;
	}
	return bold;
}
const endsLikeSentence = (words: string) => /[.;:,،؛，。；：]$/u.test(words.replace(/[\u200e\u200f"”’»)\]]+$/u, ''));

/**
 * Content-only and heading-like paragraphs become headings: a Word heading style (H1, H23,
 * HCh…), a label with nothing else ("I", "一"), a paragraph all in bold that is not a sentence,
 * or a numbered paragraph whose number is a heading label ("I.", "B.") in bold or a heading style.
 */
function asHeading(item: ParaItem, language: string): HeadingItem | undefined {
	if (item.form === 'container' || item.form === 'crossHeading' || item.form === 'list' || item.form === 'blockList') return undefined;
	const words = wordsOf(item);
	const styled = /^H/u.test(item.style);
	const heading = (num?: string): HeadingItem => ({ t: 'heading', el: item.el, num, content: tidy(resolve(item.raw)), footnotes: item.footnotes });
	if (item.num !== undefined) {
		if (!isHeadingLabel(item.num) || /^[0-9]/u.test(item.num)) return undefined;
		if (styled || allBold(item.raw) || words === '' || (language === 'zh' && !endsLikeSentence(words) && words.length < 80)) return heading(item.num);
		return undefined;
	}
	if (words === '') return undefined;
	if (styled && !/^[0-9(]/u.test(words)) return heading();
	if (isHeadingLabel(words)) return heading();
	if (allBold(item.raw) && !endsLikeSentence(words) && words.length < 200) return heading();
	// A title printed as plain text (Chinese headings): no lead, not a sentence, no number or letter.
	const head = item.raw[firstWord(item.raw)];
	if (item.form === 'content' && head?.type === 'text' && !endsLikeSentence(words) && words.length < 250 && !textLabelOf(item.raw) && item.footnotes.length === 0) return heading();
	return undefined;
}

/** Builds the nested points of a paragraph from its flat ones. */
function nest(flat: readonly FlatPoint[], reader: Reader, el: Element, useHints: boolean): Point[] {
	const { depths, overridden } = inferDepths(
		flat.map((p) => p.num),
		useHints ? flat.map((p) => p.hint ?? 0) : undefined,
	);
	if (useHints && overridden.length > 0) {
		reader.note(el, `sub-paragraph nesting follows the letters, not the file, at ${overridden.map((i) => JSON.stringify(flat[i]!.num)).join(', ')}`);
	}
	const top: Point[] = [];
	flat.forEach((p, i) => {
		const point: Point = { num: p.num, content: p.content, points: [], ...(p.akn4unId ? { akn4unId: p.akn4unId } : {}) };
		const parent = top.at(-1);
		if (depths[i] === 1 && parent) parent.points.push(point);
		else top.push(point);
	});
	return top;
}

export interface BodyResult {
	blocks: SourceBlock[];
}

/**
 * Reads the preamble and main body elements of a statement (in order: Arabic 76/228 has two of
 * each) into items and applies the normalisations.
 */
export function readText(parts: readonly Element[], reader: Reader): Item[] {
	const items: Item[] = [];
	for (const part of parts) {
		if (part.localName === 'preamble') items.push(...readPreamble(part, reader));
		else items.push(...readBody(part, reader, 'main'));
	}
	return items;
}

function readPreamble(preamble: Element, reader: Reader): Item[] {
	const items: Item[] = [];
	let operative = false;
	for (const el of children(preamble)) {
		if (el.localName === 'formula') continue;
		// A list beside the paragraph that introduces it, not inside its container (75/55 "…in the context of:"): its sub-paragraphs.
		const previous = items.at(-1);
		if (el.localName === 'blockList' && !operative && previous?.t === 'para' && previous.kind === 'preambular' && children(el).every((c) => c.localName === 'item' && !/^[0-9]/u.test(text(child(c, 'num'))))) {
			previous.flat.push(...listPoints({ children: children(el) } as unknown as Element, reader, previous.footnotes));
			reader.note(el, `a blockList after ${nearestId(previous.el)} read as its sub-paragraphs`);
			continue;
		}
		if (el.localName !== 'container') {
			reader.problem(`preamble <${el.localName}>`, el, 'a <container> per preambular paragraph', `<${el.localName}>`);
			continue;
		}
		const parts = children(el);
		if (parts.length === 1 && parts[0]!.localName === 'blockList') {
			const list = parts[0]!;
			const item = para(el, 'preambular', 'blockList', false);
			const intro = child(list, 'listIntroduction');
			if (!intro) reader.problem('blockList without <listIntroduction>', list, 'a <listIntroduction>', tags(children(list)));
			else item.raw = readInline(intro, reader, item.footnotes);
			for (const part of children(list)) {
				if (part.localName !== 'listIntroduction' && part.localName !== 'item') reader.problem(`blockList <${part.localName}>`, part, 'a <listIntroduction> and <item>s', `<${part.localName}>`);
			}
			const entries = children(list).filter((c) => c.localName === 'item');
			if (entries.some((entry) => /^[0-9]+[.．]$/u.test(text(child(entry, 'num'))))) {
				// Chinese 76/54 and 76/74: the operative paragraphs ("1.", "2." with their "(a)"…) swallowed by a preamble blockList.
				items.push(item);
				let current: ParaItem = item;
				for (const entry of entries) {
					const num = text(child(entry, 'num'));
					const p = children(entry).find((c) => c.localName === 'p');
					if (/^[0-9]+[.．]$/u.test(num)) {
						current = para(entry, 'operative', 'num', true, { num });
						if (p) current.raw = readInline(p, reader, current.footnotes);
						items.push(current);
					} else current.flat.push(...listPoints({ children: [entry] } as unknown as Element, reader, current.footnotes));
				}
				reader.note(el, 'numbered items of a preamble blockList read as the operative paragraphs they are');
				operative = true;
				continue;
			}
			// 77/177: the words that end the paragraph after its lettered items, in an item of their own without a number.
			const closing = entries.length > 1 && !child(entries.at(-1)!, 'num') && entries.slice(0, -1).every((entry) => child(entry, 'num')) ? entries.pop() : undefined;
			item.flat = listPoints({ children: entries } as unknown as Element, reader, item.footnotes);
			if (closing) {
				const words = children(closing);
				if (words.length !== 1 || words[0]!.localName !== 'p') reader.problem('blockList item without <num>', closing, 'one <p> of words after the numbered items', tags(words));
				else {
					item.wrapUp.push(tidy(resolve(readInline(words[0]!, reader, item.footnotes))));
					reader.note(closing, 'the last blockList item, without a number, read as the words after the sub-paragraphs');
				}
			}
			reader.note(el, 'blockList read as a paragraph with sub-paragraphs');
			items.push(item);
			continue;
		}
		const p = onlyP(el, reader, 'a preamble container');
		if (!p) continue;
		// After operative paragraphs swallowed by a blockList, the containers are operative paragraphs too (Chinese 76/54 "7 决定…").
		const item = operative ? para(el, 'operative', 'content', true) : para(el, 'preambular', 'container', false);
		if (operative) reader.note(el, 'preamble container after the operative paragraphs of a blockList read as an operative paragraph');
		item.raw = readInline(p, reader, item.footnotes);
		items.push(item);
	}
	return items;
}

/**
 * Applies the normalisations to the items of one body (the main body with its preamble, or an
 * annex) and gives its blocks.
 */
export function normalise(items: Item[], reader: Reader, where: 'main' | 'annex'): SourceBlock[] {
	// 1. Numbers printed in the text; empty numbered stubs merged with the paragraph after them.
	let expected = 1;
	let list: Item[] = [];
	for (let i = 0; i < items.length; i++) {
		const item = items[i]!;
		if (item.t === 'section') expected = 1;
		if (item.t !== 'para' || item.kind !== 'operative') {
			list.push(item);
			continue;
		}
		if (item.num === undefined && item.form === 'content') takeTextNumber(item, reader, expected);
		if (item.num !== undefined && item.form === 'num' && isEmpty(item)) {
			const next = items[i + 1];
			if (next?.t === 'para' && next.kind === 'operative' && next.num === undefined && next.form === 'content' && !isEmpty(next)) {
				reader.note(item.el, `empty numbered paragraph ${JSON.stringify(item.num)} joined with the text of ${nearestId(next.el)}`);
				item.raw = next.raw;
				item.footnotes.push(...next.footnotes);
				i++;
			}
		}
		const number = item.num !== undefined ? /^[\u200e\u200f]*([0-9]+)/u.exec(item.num) : null;
		if (number) expected = Number(number[1]) + 1;
		list.push(item);
	}

	// 2. Headings.
	list = list.map((item) => (item.t === 'para' && item.kind === 'operative' ? (asHeading(item, reader.language) ?? item) : item));

	// 3. A label heading and the title after it are one heading ("I" + "Introduction").
	const merged: Item[] = [];
	for (let i = 0; i < list.length; i++) {
		const item = list[i]!;
		const next = list[i + 1];
		// A title in emphasis after a label (Arabic 76/71 "ثانيا" then the title in bold italics).
		if (item.t === 'heading' && next?.t === 'para' && next.kind === 'operative' && next.num === undefined && next.form === 'content' && next.footnotes.length === 0) {
			const label = item.num === undefined ? trimAscii(plainInline(item.content)) : undefined;
			const words = wordsOf(next);
			if (label !== undefined && isHeadingLabel(label) && words !== '' && !endsLikeSentence(words) && words.length < 250) {
				merged.push({ t: 'heading', el: item.el, num: label, content: tidy(resolve(next.raw)), footnotes: [] });
				reader.note(next.el, `paragraph read as the title of the heading ${JSON.stringify(label)} before it`);
				i++;
				continue;
			}
		}
		if (item.t === 'heading' && next?.t === 'heading' && next.num === undefined && next.content.length > 0) {
			const label = item.num === undefined ? trimAscii(plainInline(item.content)) : item.content.length === 0 ? item.num : undefined;
			if (label !== undefined && (isHeadingLabel(label) || isNamedNumber(label)) && item.footnotes.length === 0 && !isHeadingLabel(plainInline(next.content)) && !isNamedNumber(plainInline(next.content))) {
				merged.push({ t: 'heading', el: item.el, num: label, content: next.content, footnotes: next.footnotes });
				i++;
				continue;
			}
		}
		merged.push(item);
	}
	list = merged;

	// 4. Lettered paragraphs into the paragraph before them; 5. wrap-up text after a list.
	const folded: Item[] = [];
	let open: ParaItem | undefined;
	let wrapping = false;
	for (const item of list) {
		if (item.t !== 'para' || item.kind !== 'operative' || (item.form !== 'num' && item.form !== 'content' && item.form !== 'list')) {
			open = undefined;
			wrapping = false;
			folded.push(item);
			continue;
		}
		const textual = item.num === undefined && item.form === 'content' ? textLabelOf(item.raw) : undefined;
		const label = item.num !== undefined ? (isLabel(item.num) ? item.num : undefined) : textual?.label;
		if (open && label !== undefined && !wrapping) {
			open.flat.push({ num: label, content: tidy(resolve(textual?.rest ?? item.raw)), akn4unId: eIdOf(item.el) });
			// A lettered paragraph with its own list ("(e)" with (i)–(iv)): its points follow it.
			open.flat.push(...item.flat.map((point) => ({ ...point, hint: (point.hint ?? 0) + 1 })));
			open.footnotes.push(...item.footnotes);
			reader.note(item.el, `lettered paragraph ${JSON.stringify(label)} read as a sub-paragraph of ${nearestId(open.el)}`);
			continue;
		}
		const head = item.raw[firstWord(item.raw)];
		if (open && label === undefined && item.num === undefined && item.form === 'content' && open.flat.length > 0 && head?.type === 'text' && !isEmpty(item)) {
			open.wrapUp.push(tidy(resolve(item.raw)));
			open.footnotes.push(...item.footnotes);
			wrapping = true;
			reader.note(item.el, `unnumbered paragraph read as the words after the sub-paragraphs of ${nearestId(open.el)}`);
			continue;
		}
		open = label === undefined ? item : undefined;
		wrapping = false;
		folded.push(item);
	}
	list = folded;

	// 6. In an annex, unnumbered paragraphs before the first numbered one that end like preambular ones are its preamble.
	if (where === 'annex') {
		const firstNumbered = list.findIndex((item) => item.t === 'para' && item.kind === 'operative' && item.num !== undefined);
		for (const item of list.slice(0, firstNumbered < 0 ? list.length : firstNumbered)) {
			if (item.t !== 'para' || item.kind !== 'operative' || item.num !== undefined || item.flat.length > 0) continue;
			if (!/[,،，]$/u.test(wordsOf(item).replace(/[\u200e\u200f]+$/u, '')) || withLead(item.raw).lead === undefined) continue;
			item.kind = 'preambular';
			reader.note(item.el, 'unnumbered paragraph of an annex with a lead phrase, before its numbered paragraphs and ending like a preambular paragraph, read as preambular');
		}
	}
	// 6. Unnumbered paragraphs at the start of the main body that end like preambular ones.
	if (where === 'main') {
		const firstNumbered = list.findIndex((item) => item.t === 'para' && item.kind === 'operative' && item.num !== undefined);
		for (let i = 1; i < (firstNumbered < 0 ? list.length : firstNumbered); i++) {
			const item = list[i]!;
			const previous = list[i - 1]!;
			if (previous.t !== 'para' || previous.kind !== 'preambular' || previous.form === 'crossHeading') continue;
			if (item.t !== 'para' || item.kind !== 'operative' || item.num !== undefined || item.flat.length > 0 || !item.top) continue;
			const words = wordsOf(item);
			if (!/[,،，]$/u.test(words.replace(/[\u200e\u200f]+$/u, ''))) continue;
			item.kind = 'preambular';
			reader.note(item.el, 'unnumbered paragraph before the first numbered one that ends like a preambular paragraph read as the last preambular paragraph');
		}
		// F. The last preambular paragraph ending with a colon, before numbered paragraphs ("Resolves that, for 2022:" in Chinese): operative, unnumbered.
		const lastContainer = list.findLastIndex((item) => item.t === 'para' && item.kind === 'preambular' && item.form === 'container');
		const after = list[lastContainer + 1];
		const candidate = list[lastContainer] as ParaItem | undefined;
		// Not one whose colon introduces its own sub-paragraphs (75/55 "…a major contribution to:" (a)–(e)).
		if (candidate && candidate.flat.length === 0 && (after === undefined || (after.t === 'para' && after.kind === 'operative' && after.num !== undefined && /^[\u200e\u200f]*1\b/u.test(after.num))) && /[:：]$/u.test(wordsOf(candidate))) {
			candidate.kind = 'operative';
			candidate.form = 'content';
			reader.note(candidate.el, 'the last preambular paragraph ends with a colon and introduces the numbered paragraphs: read as an unnumbered operative paragraph');
		}
	}

	// 7. Sections where the numbering restarts and the file has no section markup.
	if (!list.some((item) => item.t === 'section')) list = inferSections(list, reader);

	return list.map((item) => toBlock(item, reader));
}

/** Heading groups before a restart of the operative numbering at 1 become sections. */
function inferSections(list: Item[], reader: Reader): Item[] {
	const numberOf = (item: Item) => (item.t === 'para' && item.kind === 'operative' && item.num !== undefined ? /^[\u200e\u200f]*([0-9]+)[\u200e\u200f]*\s*(?:[.\-–‐])?[\u200e\u200f]*$/u.exec(item.num) : null);
	const groupBefore = (index: number): number => {
		// The headings (and preambular paragraphs of the section after them) right before `index`.
		let at = index;
		while (at > 0 && list[at - 1]!.t === 'para' && (list[at - 1] as ParaItem).kind === 'preambular' && (list[at - 1] as ParaItem).form === 'crossHeading') at--;
		let start = at;
		while (start > 0 && list[start - 1]!.t === 'heading') start--;
		return start < at ? start : -1;
	};
	const starts = new Set<number>();
	let last = 0;
	let restarts = 0;
	list.forEach((item, index) => {
		const match = numberOf(item);
		if (!match) return;
		const n = Number(match[1]);
		if (n === 1 && last >= 1) {
			const start = groupBefore(index);
			if (start >= 0) {
				starts.add(start);
				restarts++;
			}
		}
		if (n === 1 && last === 0) {
			const start = groupBefore(index);
			if (start >= 0) starts.add(start);
		}
		last = n;
	});
	if (restarts === 0) return list;
	// Numbers that neither continue nor restart after a heading: the numbering is broken (Word's lost), not sectioned.
	let anomalies = 0;
	let previous = 0;
	list.forEach((item, index) => {
		const match = numberOf(item);
		if (!match) return;
		const n = Number(match[1]);
		if (n !== previous + 1 && !(n === 1 && starts.has(groupBefore(index)))) anomalies++;
		previous = n;
	});
	if (anomalies > 3) {
		reader.note(list[0]?.el, `the numbering restarts at 1 but is broken in ${anomalies} places: no sections inferred`);
		return list;
	}
	// The series of the section labels ("I", "II": roman): every heading group led by a label of it opens a section.
	const labelOf = (item: Item | undefined) => {
		if (item?.t !== 'heading') return undefined;
		if (item.num !== undefined) return item.num;
		const words = trimAscii(collapse(plainInline(item.content))).replace(/[\u200e\u200f]/gu, '');
		if (isHeadingLabel(words)) return words;
		// "Directive 2 Champ d’application" (French prints the name and the title as one heading).
		return /^([^\s0-9]{2,}(?: [^\s0-9]+){0,2} ?[0-9]+)(?=[\s\u00a0]|$)/u.exec(words)?.[1];
	};
	const seriesOf = (label: string) =>
		/^[IVXL]+\.?$/u.test(label)
			? 'roman'
			: /^[A-Z]\.?$/u.test(label)
				? 'letter'
				: /^[一二三四五六七八九十]+\.?$/u.test(label)
					? 'chinese'
					: isNamedNumber(label)
						? `named ${label.replace(/ ?[0-9]+$/u, '')}`
						: isHeadingLabel(label)
							? 'arabic'
							: 'other';
	const series = new Set([...starts].map((s) => labelOf(list[s])).filter((l): l is string => l !== undefined).map(seriesOf));
	list.forEach((item, index) => {
		const label = labelOf(item);
		if (label !== undefined && series.has(seriesOf(label)) && list[index - 1]?.t !== 'heading') starts.add(index);
	});
	const out: Item[] = [];
	list.forEach((item, index) => {
		if (starts.has(index) && item.t === 'heading') {
			const label = labelOf(item);
			if (label !== undefined && item.num !== undefined) out.push({ t: 'section', el: item.el, num: item.num, content: item.content, footnotes: item.footnotes });
			else if (label !== undefined && label === trimAscii(collapse(plainInline(item.content))).replace(/[\u200e\u200f]/gu, '')) out.push({ t: 'section', el: item.el, num: label, content: [], footnotes: item.footnotes });
			else out.push({ t: 'section', el: item.el, content: item.content, footnotes: item.footnotes });
			reader.note(item.el, 'heading read as a section: the operative numbering restarts at 1 after it');
		} else out.push(item);
	});
	return out;
}

function toBlock(item: Item, reader: Reader): SourceBlock {
	const akn4unId = eIdOf(item.el);
	switch (item.t) {
		case 'block':
			return { block: item.block, footnotes: item.footnotes };
		case 'heading': {
			const block: Heading = { type: 'heading', ...(akn4unId ? { akn4unId } : {}), ...(item.num !== undefined ? { num: item.num } : {}), content: item.content };
			return { block, footnotes: item.footnotes };
		}
		case 'section':
			return { block: { type: 'section', ...(akn4unId ? { akn4unId } : {}), ...(item.num !== undefined ? { num: item.num } : {}), content: item.content }, footnotes: item.footnotes };
		case 'para': {
			const { content, lead } = withLead(item.raw);
			const points = nest(item.flat, reader, item.el, item.form === 'list' || item.form === 'blockList');
			const block: Paragraph = {
				type: 'paragraph',
				kind: item.kind,
				...(akn4unId ? { akn4unId } : {}),
				...(item.num !== undefined ? { num: item.num } : {}),
				...(lead !== undefined ? { lead } : {}),
				content,
				points,
				wrapUp: item.wrapUp,
			};
			return { block, footnotes: item.footnotes };
		}
	}
}

/** Reads an annex `doc`: its `annex` block with the heading lines at its head, then its blocks. */
export function readAnnex(doc: Element, reader: Reader): SourceBlock[] {
	const body = child(doc, 'mainBody');
	for (const part of children(doc)) {
		if (part.localName !== 'meta' && part.localName !== 'mainBody') reader.problem(`annex <${part.localName}>`, part, 'an annex of <meta> and <mainBody>', `<${part.localName}>`);
	}
	if (!body) return reader.problem('annex without <mainBody>', doc, 'a <mainBody>', tags(children(doc))) ?? [];
	const items = readBody(body, reader, 'annex');
	// The lines at the head: "Annex" and the title, whatever their markup (heading, subheading, H1 or bold content).
	const lines: Inline[][] = [];
	const footnotes: FootnoteSource[] = [];
	while (lines.length < 2 && items.length > 0) {
		const first = items[0]!;
		if (first.t === 'heading' && first.num === undefined) lines.push(first.content);
		else if (first.t === 'para' && first.kind === 'operative' && first.num === undefined && first.form === 'content' && first.flat.length === 0 && (lines.length === 0 || /^H|MercuryDocument/u.test(first.style) || allBold(first.raw))) {
			lines.push(tidy(resolve(first.raw)));
		} else break;
		footnotes.push(...first.footnotes);
		items.shift();
	}
	if (lines.length === 0) reader.problem('annex heading', body, 'the lines at the head of the annex ("Annex", its title)', 'none');
	const annexId = eIdOf(doc);
	return [{ block: { type: 'annex', ...(annexId ? { akn4unId: annexId } : {}), lines }, footnotes }, ...normalise(items, reader, 'annex')];
}

export type { Item };
