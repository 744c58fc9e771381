/**
 * Reads a UN General Assembly resolution in Akoma Ntoso (AKN4UN) into the content model: the
 * facts of `resolution.mdx` and, per paragraph, the frontmatter and the official text as `Inline`
 * nodes with footnotes. Pure: it takes the XML text and gives data; writing files is elsewhere.
 *
 * Everything it does not understand is reported as a problem naming the file and the element
 * (by its `eId` or an XPath-like path), with a short `kind` for grouping; it never leaves
 * anything out silently. All problems of a file are collected before failing.
 */
import { DOMParser } from 'linkedom';
import { ContentError } from '../content-error';
import type { FootnoteSource, Inline } from '../inline';
import { isDocumentSymbol, undocsUrl } from '../symbols';
import { isListIn, splitNames, type ListLanguage } from './names';

export type Language = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';

/** FRBRlanguage codes (ISO 639-2, both B and T forms) to the site's language codes. */
export const languageCodes: Record<string, Language> = {
	ara: 'ar',
	chi: 'zh',
	zho: 'zh',
	eng: 'en',
	fre: 'fr',
	fra: 'fr',
	rus: 'ru',
	spa: 'es',
};

/** One thing the importer does not understand, with the element it found it in. */
export class ImportProblem extends ContentError {
	constructor(
		/** A short name for the construct, shared by every file that has it: "element <list>". */
		readonly kind: string,
		file: string,
		element: string,
		expected: string,
		found: string,
	) {
		super(file, element, expected, found);
		this.name = 'ImportProblem';
	}
}

/** A file that cannot be imported, with every problem found in it. */
export class ImportError extends Error {
	constructor(
		readonly file: string,
		readonly problems: ImportProblem[],
	) {
		super(problems.map((problem) => problem.message).join('\n'));
		this.name = 'ImportError';
	}
}

export interface ImportedParagraph {
	kind: 'preambular' | 'operative';
	number: number;
	lead: string;
	akn4unId: string;
	cites: string[];
	content: Inline[];
	footnotes: FootnoteSource[];
}

export interface ImportedFacts {
	symbol: string;
	number: string;
	title: string;
	language: Language;
	organization: string;
	body: string;
	session: { number: number; title: string };
	agendaItem: { number: number; label: string; title: string };
	distribution: string;
	issued: { date: string; label: string };
	adopted: {
		date: string;
		label: string;
		heading: string;
		meeting: string;
		record: string;
		vote: { type: 'without-vote' } | { type: 'recorded'; inFavour: number; against: number; abstaining: number };
	};
	committee: string;
	/** The cover line as inline nodes, each draft symbol linked. */
	proponent: Inline[];
	drafts: string[];
	enactingFormula: Inline[];
	sponsors: string[];
	additionalSponsors: string[];
	subjects: string[];
	sdgs: number[];
}

export interface ImportedResolution {
	facts: ImportedFacts;
	paragraphs: ImportedParagraph[];
}

type Element = ReturnType<Document['querySelector']> & {};
type ChildNode = Element['childNodes'][number];

/** Inline content before styles are resolved: spans keep their italic/bold marks. */
type Raw = Inline | { type: 'styled'; italic: boolean; bold: boolean; children: Raw[] };

/** XML indentation: runs of ASCII white space. A no-break space is text and is kept. */
const collapsible = /[ \t\n\r\f]+/gu;
export const collapse = (text: string) => text.replace(collapsible, ' ');
const trimAscii = (text: string) => text.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/gu, '');

/** An XPath-like path to an element, anchored at its nearest ancestor with an `eId`. */
export function elementPath(element: Element): string {
	const steps: string[] = [];
	for (let node: Element | null = element; node && node.nodeType === 1; node = node.parentNode as Element | null) {
		const eId = attr(node, 'eId');
		if (eId) {
			steps.unshift(`${node.localName}[@eId="${eId}"]`);
			return `//${steps.join('/')}`;
		}
		const parent = node.parentNode as Element | null;
		const same = parent && parent.nodeType === 1 ? [...parent.children].filter((child) => child.localName === node!.localName) : [node];
		steps.unshift(same.length > 1 ? `${node.localName}[${same.indexOf(node) + 1}]` : node.localName);
	}
	return `/${steps.join('/')}`;
}

class Reader {
	readonly problems: ImportProblem[] = [];
	constructor(
		readonly file: string,
		readonly language: Language,
	) {}

	problem(kind: string, element: Element | string, expected: string, found: string): undefined {
		const path = typeof element === 'string' ? element : elementPath(element);
		this.problems.push(new ImportProblem(kind, this.file, path, expected, found));
		return undefined;
	}
}

/**
 * An attribute's value, with character references decoded. (linkedom's `getAttribute()` in XML
 * mode gives `&#160;` for a no-break space and leaves `&amp;` encoded; the attribute node's value
 * is right.)
 */
export function attr(element: Element | null | undefined, name: string): string | null {
	return element?.getAttributeNode(name)?.value ?? null;
}

const children = (element: Element, name?: string) => [...element.children].filter((child) => !name || child.localName === name) as Element[];
const child = (element: Element | undefined, name: string) => (element ? children(element, name)[0] : undefined);
const text = (element: Element | undefined) => trimAscii(collapse(element?.textContent ?? ''));
const found = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

/** Reads one resolution file. Throws `ImportError` with every problem found. */
export function readResolution(xml: string, file: string): ImportedResolution {
	const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
	const root = doc.documentElement as Element | null;
	const languageCode = attr(doc.querySelector('FRBRExpression > FRBRlanguage') as Element | null, 'language') ?? '';
	const language = languageCodes[languageCode];
	const reader = new Reader(file, language ?? 'en');
	if (!root || root.localName !== 'akomaNtoso') {
		reader.problem('not Akoma Ntoso', '/', 'an <akomaNtoso> document', root ? `<${root.localName}>` : 'no XML element');
		throw new ImportError(file, reader.problems);
	}
	if (!language) reader.problem('language', '//FRBRExpression/FRBRlanguage', `one of ${Object.keys(languageCodes).join(', ')}`, found(languageCode));
	const statements = children(root, 'statement');
	const others = children(root).filter((element) => element.localName !== 'statement');
	for (const other of others) reader.problem(`document <${other.localName}>`, other, 'one <statement> (a single resolution)', `<${other.localName}>`);
	if (statements.length !== 1) {
		if (others.length === 0) reader.problem('statement', root, 'one <statement>', `${statements.length}`);
		throw new ImportError(file, reader.problems);
	}
	const statement = statements[0]!;
	const parts = ['meta', 'coverPage', 'preface', 'preamble', 'mainBody', 'conclusions'];
	for (const part of children(statement)) {
		if (!parts.includes(part.localName)) reader.problem(`part <${part.localName}>`, part, `only ${parts.map((p) => `<${p}>`).join(', ')}`, `<${part.localName}>`);
	}
	const get = (name: string) => child(statement, name) ?? reader.problem(`missing <${name}>`, statement, `a <${name}>`, 'none');

	const meta = get('meta');
	const coverPage = get('coverPage');
	const preface = get('preface');
	const preamble = get('preamble');
	const mainBody = get('mainBody');
	const conclusions = get('conclusions');

	const paragraphs = [...readPreamble(preamble, reader), ...readMainBody(mainBody, reader)];
	const formulaElement = preamble ? child(preamble, 'formula') : undefined;
	const enactingFormula = formulaElement ? readFormula(formulaElement, reader) : reader.problem('missing <formula>', preamble ?? statement, 'an enacting formula', 'none');
	const facts = readFacts(reader, { meta, coverPage, preface, conclusions }, enactingFormula ?? []);

	if (reader.problems.length > 0) throw new ImportError(file, reader.problems);
	return { facts: facts!, paragraphs };
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

function readPreamble(preamble: Element | undefined, reader: Reader): ImportedParagraph[] {
	if (!preamble) return [];
	const result: ImportedParagraph[] = [];
	for (const element of children(preamble)) {
		if (element.localName === 'formula') continue;
		if (element.localName !== 'container') {
			reader.problem(`preamble <${element.localName}>`, element, 'a <container> per preambular paragraph', `<${element.localName}>`);
			continue;
		}
		const paragraph = readParagraph(element, children(element), 'preambular', result.length + 1, reader);
		if (!paragraph) continue;
		const name = collapse(attr(element, 'name') ?? '').trim();
		if (name && name !== paragraph.lead) {
			reader.problem('lead differs from container name', element, `the lead phrase printed in italics to be "${name}", the container's name`, found(paragraph.lead));
		}
		result.push(paragraph);
	}
	return result;
}

function readMainBody(mainBody: Element | undefined, reader: Reader): ImportedParagraph[] {
	if (!mainBody) return [];
	const result: ImportedParagraph[] = [];
	const seen = new Map<number, Element>();
	// The number the previous paragraph had (or would have had): one problem is not reported again
	// as a gap in every paragraph after it.
	let previous = 0;
	// A resolution with a single operative paragraph prints it without a number.
	const single = children(mainBody).length === 1 && children(mainBody, 'paragraph').length === 1;
	for (const element of children(mainBody)) {
		if (element.localName !== 'paragraph') {
			reader.problem(`main body <${element.localName}>`, element, 'a <paragraph> per operative paragraph', `<${element.localName}>`);
			continue;
		}
		const expected = previous + 1;
		const num = child(element, 'num');
		let number: number | undefined;
		if (num) {
			// "1." in most languages, "1 -" in Arabic.
			const match = /^([0-9]+)(?:\.| ?[-–])$/u.exec(text(num));
			if (!match) reader.problem('paragraph number format', num, 'a number such as "1." or "1 -"', found(text(num)));
			else number = Number(match[1]);
		}
		const content = children(element).filter((part) => part.localName !== 'num');
		const paragraph = readParagraph(element, content, 'operative', number ?? expected, reader, num ? undefined : (printed) => (number = printed));
		if (single && !num && number === undefined) number = 1;
		if (number === undefined) {
			if (!num) reader.problem('missing <num>', element, 'a <num> (or a number printed before the text, as "1 -")', 'none');
			previous = expected;
			continue;
		}
		const other = seen.get(number);
		if (other) {
			reader.problem('duplicate paragraph', element, `operative paragraph ${expected}`, `${number}, already used by ${elementPath(other)}`);
			continue;
		}
		seen.set(number, element);
		previous = number;
		if (number !== expected) {
			reader.problem('paragraph numbering', element, `operative paragraph ${expected} (numbered 1, 2, 3… without gaps)`, String(number));
			continue;
		}
		if (paragraph) result.push({ ...paragraph, number });
	}
	return result;
}

/**
 * Reads one paragraph: its parts must be a single `<p>` (preamble) or a `<content>` holding one
 * `<p>` (operative). `takeNumber`, when given, takes a number printed at the start of the text.
 */
function readParagraph(
	element: Element,
	parts: Element[],
	kind: ImportedParagraph['kind'],
	number: number,
	reader: Reader,
	takeNumber?: (printed: number) => void,
): ImportedParagraph | undefined {
	const eId = attr(element, 'eId');
	if (!eId) return reader.problem('missing eId', element, 'an eId attribute', 'none');
	let p: Element | undefined;
	if (kind === 'operative') {
		const [content, ...more] = parts;
		if (!content || content.localName !== 'content' || more.length > 0) {
			const odd = parts.find((part) => part.localName !== 'content') ?? more[0] ?? element;
			return reader.problem(`paragraph <${odd.localName}>`, odd, 'a <num> and one <content>', parts.map((part) => `<${part.localName}>`).join(', ') || 'nothing');
		}
		parts = children(content);
		element = content;
	}
	const [first, ...rest] = parts;
	if (!first || first.localName !== 'p' || rest.length > 0) {
		const odd = parts.find((part) => part.localName !== 'p') ?? rest[0] ?? element;
		return reader.problem(odd.localName === 'p' ? 'several <p> in a paragraph' : `paragraph <${odd.localName}>`, odd, 'one <p>', parts.map((part) => `<${part.localName}>`).join(', ') || 'nothing');
	}
	p = first;
	const footnotes: FootnoteSource[] = [];
	let raw = readInline(p, reader, footnotes);
	if (takeNumber) raw = takePrintedNumber(raw, takeNumber);
	const content = withLead(raw) ?? withNamedLead(raw, collapse(attr(element, 'name') ?? '').trim());
	if (!content) return reader.problem('no lead phrase', p, 'the text to begin with its lead phrase in italics (or bold), or with the name of its container', found(text(p)));
	const lead = plain((content[0] as Extract<Inline, { type: 'emphasis' }>).children);
	const cites = [...new Set([...symbolsIn(content), ...footnotes.flatMap((note) => symbolsIn(note.content))])];
	return { kind, number, lead, akn4unId: eId, cites, content, footnotes };
}

function readFormula(formula: Element, reader: Reader): Inline[] | undefined {
	const [p, ...more] = children(formula);
	if (!p || p.localName !== 'p' || more.length > 0) return reader.problem('formula structure', formula, 'one <p>', children(formula).map((e) => `<${e.localName}>`).join(', '));
	const footnotes: FootnoteSource[] = [];
	const content = withLead(readInline(p, reader, footnotes));
	if (footnotes.length > 0) reader.problem('footnote in formula', formula, 'no footnote', `${footnotes.length}`);
	return content ?? reader.problem('formula without italics', p, 'the enacting formula in italics (or bold)', found(text(p)));
}

const plain = (nodes: readonly Inline[]): string =>
	nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'footnoteRef' ? '' : plain(node.children))).join('');

function symbolsIn(nodes: readonly Inline[]): string[] {
	return nodes.flatMap((node) => (node.type === 'documentLink' ? [node.symbol] : 'children' in node ? symbolsIn(node.children) : []));
}

// ---------------------------------------------------------------------------------------------
// Inline text

/** Reads the mixed content of a `<p>`: text, styled spans, document links and footnotes. */
function readInline(element: Element, reader: Reader, footnotes: FootnoteSource[] | undefined): Raw[] {
	const result: Raw[] = [];
	const nodes = [...element.childNodes] as ChildNode[];
	nodes.forEach((node) => {
		if (node.nodeType === 3) {
			result.push({ type: 'text', value: collapse(node.textContent ?? '') });
			return;
		}
		if (node.nodeType !== 1) return; // comments and processing instructions are not text
		const el = node as Element;
		switch (el.localName) {
			case 'span': {
				const classes = (attr(el, 'class') ?? '').split(/\s+/u).filter(Boolean);
				const unknown = classes.filter((name) => name !== 'italic' && name !== 'bold');
				if (unknown.length > 0) reader.problem(`span class "${unknown.join(' ')}"`, el, 'spans in italic or bold', `class "${unknown.join(' ')}"`);
				result.push({ type: 'styled', italic: classes.includes('italic'), bold: classes.includes('bold'), children: readInline(el, reader, footnotes) });
				return;
			}
			case 'a': {
				const link = readLink(el, reader);
				if (link) result.push(link);
				return;
			}
			case 'authorialNote': {
				if (!footnotes) {
					reader.problem('footnote in footnote', el, 'text', '<authorialNote>');
					return;
				}
				const marker = attr(el, 'marker') ?? '';
				if (!/^[0-9]+$/u.test(marker)) reader.problem('footnote marker', el, 'a numeric marker', found(marker));
				const ps = children(el);
				if (ps.length !== 1 || ps[0]!.localName !== 'p') {
					reader.problem('footnote structure', el, 'one <p> in a footnote', ps.map((e) => `<${e.localName}>`).join(', ') || 'nothing');
					return;
				}
				footnotes.push({ marker, content: dropMarkerPlaceholder(tidy(resolve(readInline(ps[0]!, reader, undefined)))) });
				result.push({ type: 'footnoteRef', marker });
				return;
			}
			case 'sup': {
				if (isNoteParenthesis(el)) return;
				reader.problem('superscript', el, 'text without superscript (the content model has none)', `<sup>${found(text(el))}`);
				return;
			}
			default:
				reader.problem(`element <${el.localName}>`, el, 'text, <span>, <a> or <authorialNote>', `<${el.localName}>`);
		}
	});
	return result;
}

/** Any undocs.org link becomes a link to the symbol in the file's own language. */
function readLink(el: Element, reader: Reader): Inline | undefined {
	const href = attr(el, 'href') ?? '';
	const match = /^https?:\/\/(?:www\.)?undocs\.org\/(?:(?:[a-z]{2})\/)?([^?#]+)$/u.exec(href);
	const symbol = match ? decodeURIComponent(match[1]!).trim() : undefined;
	if (!symbol || !isDocumentSymbol(symbol)) {
		return reader.problem(match ? 'link to an unrecognised symbol' : 'link outside undocs.org', el, 'a link to https://undocs.org/<language>/<symbol>', found(href));
	}
	const inner = children(el);
	if (inner.length > 0) return reader.problem('markup inside a link', inner[0]!, 'plain text in a link', `<${inner[0]!.localName}>`);
	return { type: 'documentLink', symbol, href: undocsUrl(symbol, reader.language), children: [{ type: 'text', value: collapse(el.textContent ?? '') }] };
}

/** Arabic footnotes begin with "()", the place of the marker: the site prints the marker. */
function dropMarkerPlaceholder(content: Inline[]): Inline[] {
	const [first, ...rest] = content;
	if (first?.type === 'text' && first.value.startsWith('()')) return tidy([{ type: 'text', value: first.value.slice(2) }, ...rest]);
	return content;
}

/**
 * Arabic prints a footnote call as "(1)": the parentheses are `<sup>` elements (sometimes
 * wrapped in a bold span) right beside the `<authorialNote>`. They belong to the marker.
 */
function isNoteParenthesis(sup: Element): boolean {
	if (!/^[()]$/u.test(text(sup))) return false;
	let node: Element = sup;
	while (node.parentNode && (node.parentNode as Element).localName === 'span' && text(node.parentNode as Element) === text(sup)) node = node.parentNode as Element;
	const adjacent = (step: 'previousSibling' | 'nextSibling') => {
		let sibling = node[step] as ChildNode | null;
		while (sibling && sibling.nodeType !== 1 && trimAscii(sibling.textContent ?? '') === '') sibling = sibling[step] as ChildNode | null;
		return sibling?.nodeType === 1 && (sibling as Element).localName === 'authorialNote';
	};
	return text(sup) === '(' ? adjacent('nextSibling') : adjacent('previousSibling');
}

/** Takes a number printed before the text ("1 -", Arabic style) when the paragraph has no <num>. */
function takePrintedNumber(raw: Raw[], take: (printed: number) => void): Raw[] {
	const pattern = /^[ \t\n\r\f]*([0-9]+)[ \t\n\r\f]*[-–][ \t\n\r\f]*/u;
	const index = raw.findIndex((node) => !(node.type === 'text' && trimAscii(node.value) === ''));
	const first = raw[index];
	if (first?.type === 'text') {
		const match = pattern.exec(first.value);
		if (match) {
			take(Number(match[1]));
			return [...raw.slice(0, index), { type: 'text', value: first.value.slice(match[0].length) }, ...raw.slice(index + 1)];
		}
	}
	if (first?.type === 'styled' && !first.italic) {
		const words = plainRaw(first.children);
		const match = pattern.exec(words);
		if (match && match[0].length === words.length) {
			take(Number(match[1]));
			return [...raw.slice(0, index), ...raw.slice(index + 1)];
		}
	}
	return raw;
}

const plainRaw = (raw: readonly Raw[]): string => raw.map((node) => (node.type === 'text' ? node.value : 'children' in node ? plainRaw(node.children) : '')).join('');

/**
 * The lead phrase is the first styled span (italic in most languages, bold in Chinese and
 * Arabic: presentation, written `*lead*` in every language). Other spans in bold only are
 * presentation and become plain text; spans in italics stay italics.
 */
function withLead(raw: Raw[]): Inline[] | undefined {
	const index = raw.findIndex((node) => !(node.type === 'text' && trimAscii(node.value) === ''));
	const first = raw[index];
	if (first?.type !== 'styled' || !(first.italic || first.bold)) return undefined;
	const lead: Inline = { type: 'emphasis', children: resolve(first.children, true) };
	const content = tidy([lead, ...resolve(raw.slice(index + 1))]);
	return content[0]?.type === 'emphasis' && trimAscii(plain(content[0].children)) !== '' ? content : undefined;
}

/**
 * When the UN file prints no style at all, a preambular paragraph whose text begins with its
 * container's name takes that name as its lead phrase.
 */
function withNamedLead(raw: Raw[], name: string): Inline[] | undefined {
	const content = tidy(resolve(raw));
	const first = content[0];
	if (name === '' || first?.type !== 'text' || !first.value.startsWith(name)) return undefined;
	const lead: Inline = { type: 'emphasis', children: [{ type: 'text', value: name }] };
	return tidy([lead, { type: 'text', value: first.value.slice(name.length) }, ...content.slice(1)]);
}

function resolve(raw: readonly Raw[], inEmphasis = false): Inline[] {
	return raw.flatMap((node): Inline[] => {
		if (node.type !== 'styled') return [node];
		const inner = resolve(node.children, inEmphasis || node.italic);
		return node.italic && !inEmphasis ? [{ type: 'emphasis', children: inner }] : inner;
	});
}

/**
 * Joins adjacent text, collapses white space across the joins, moves white space out of the
 * edges of italics (Markdown emphasis cannot begin or end with it) and trims the ends.
 */
export function tidy(nodes: readonly Inline[], trimEnds = true): Inline[] {
	const out: Inline[] = [];
	const pushText = (value: string) => {
		if (value === '') return;
		const last = out.at(-1);
		if (last?.type === 'text') last.value = collapse(last.value + value);
		else out.push({ type: 'text', value: collapse(value) });
	};
	for (const node of nodes) {
		if (node.type === 'text') pushText(node.value);
		else if (node.type === 'emphasis') {
			const inner = tidy(node.children, false);
			const firstText = inner[0]?.type === 'text' ? inner[0] : undefined;
			const before = firstText ? /^[ \t\n\r\f\u00a0]*/u.exec(firstText.value)![0] : '';
			if (firstText) firstText.value = firstText.value.slice(before.length);
			const lastText = inner.at(-1)?.type === 'text' ? (inner.at(-1) as { value: string }) : undefined;
			const after = lastText ? /[ \t\n\r\f\u00a0]*$/u.exec(lastText.value)![0] : '';
			if (lastText) lastText.value = lastText.value.slice(0, lastText.value.length - after.length);
			const kept = inner.filter((n) => !(n.type === 'text' && n.value === ''));
			pushText(before);
			if (kept.length > 0) out.push({ type: 'emphasis', children: kept });
			pushText(after);
		} else if (node.type === 'documentLink') out.push({ ...node, children: tidy(node.children, false) });
		else out.push(node);
	}
	if (!trimEnds) return out.filter((n) => !(n.type === 'text' && n.value === ''));
	const first = out[0];
	if (first?.type === 'text') first.value = first.value.replace(/^[ \t\n\r\f]+/u, '');
	const last = out.at(-1);
	if (last?.type === 'text') last.value = last.value.replace(/[ \t\n\r\f]+$/u, '');
	return out.filter((n) => !(n.type === 'text' && n.value === ''));
}

// ---------------------------------------------------------------------------------------------
// Facts

interface Parts {
	meta: Element | undefined;
	coverPage: Element | undefined;
	preface: Element | undefined;
	conclusions: Element | undefined;
}

function readFacts(reader: Reader, { meta, coverPage, preface, conclusions }: Parts, enactingFormula: Inline[]): ImportedFacts | undefined {
	const one = (root: Element | undefined, selector: string, what: string): Element | undefined => {
		const found = root ? ([...root.querySelectorAll(selector)] as Element[]) : [];
		if (found.length !== 1) return reader.problem(`cover: ${what}`, root ?? '/', `one ${what} (${selector})`, `${found.length}`);
		return found[0];
	};
	const symbolElement = one(coverPage, 'docNumber', 'document symbol');
	const symbol = text(symbolElement);
	if (symbolElement && !isDocumentSymbol(symbol)) reader.problem('cover: document symbol', symbolElement, 'a UN document symbol', found(symbol));
	const organization = one(coverPage, 'docAuthority[refersTo="#publisher"]', 'publisher');
	const body = one(coverPage, 'docAuthority[refersTo="#issuingBody"]', 'issuing body');
	const distribution = one(coverPage, 'docStatus', 'distribution');
	const issued = one(coverPage, 'docDate', 'date of issue');
	const session = one(coverPage, 'session', 'session');
	const agendaItem = one(coverPage, 'inline[name="agenda item"]', 'agenda item');
	const agendaTitle = one(coverPage, 'inline[name="agenda item name"]', 'agenda item title');
	const heading = one(coverPage, 'docTitle', 'adoption heading');
	const proponentElement = one(coverPage, 'docProponent', 'proponent line');

	// Every printed cover line is one of the facts above: a line the importer does not map is an error.
	const mapped = [symbolElement, organization, body, distribution, issued, session, agendaItem, agendaTitle, heading, proponentElement].map((e) => text(e));
	for (const line of coverPage ? children(coverPage) : []) {
		if (line.localName !== 'p' || (text(line) !== '' && !mapped.includes(text(line)))) {
			reader.problem('cover line', line, 'a cover line the importer maps (symbol, bodies, distribution, date, session, agenda item, heading, proponent)', found(text(line)));
		}
	}

	const numberElement = one(preface, 'docNumber', 'resolution number');
	const number = text(numberElement).replace(/\.$/u, '');
	if (numberElement && !/^[0-9]+\/[0-9]+$/u.test(number)) reader.problem('preface: resolution number', numberElement, 'a number such as "76/299."', found(text(numberElement)));
	const titleElement = one(preface, 'docTitle', 'title');
	for (const line of preface ? children(preface) : []) {
		const parts = children(line).map((e) => e.localName).join(',');
		if (line.localName !== 'p' || parts !== 'docNumber,docTitle') reader.problem('preface line', line, 'one <p> with <docNumber> and <docTitle>', `<${line.localName}> with ${parts || 'nothing'}`);
	}

	const meeting = one(conclusions, 'inline[name="adoptionMeeting"]', 'adoption meeting');
	const adoptedDate = one(conclusions, 'docDate', 'adoption date');
	for (const line of conclusions ? children(conclusions) : []) {
		const unknown = children(line).filter((e) => !['inline', 'eol', 'docDate'].includes(e.localName));
		if (line.localName !== 'p' || unknown.length > 0) reader.problem('conclusions line', unknown[0] ?? line, 'the meeting and the date', `<${(unknown[0] ?? line).localName}>`);
	}

	const steps = meta ? ([...meta.querySelectorAll('workflow > step')] as Element[]) : [];
	const adoptedStep = steps.filter((step) => attr(step, 'outcome') === 'adopted');
	const record = attr(adoptedStep[0], 'as') ?? '';
	if (adoptedStep.length !== 1 || !isDocumentSymbol(record)) reader.problem('workflow: record', adoptedStep[0] ?? meta ?? '/', 'one adopted step with the symbol of the meeting record in @as', found(record));
	const sponsors = steps.filter((step) => attr(step, 'outcome') === 'draftResolution').flatMap((step) => readSponsors(step, reader));
	const additionalSponsors = steps.filter((step) => attr(step, 'outcome') === 'draftResolutionAdditionalSponsors').flatMap((step) => readSponsors(step, reader));

	const vote = readVote(meta, reader);
	const subjects = meta
		? ([...meta.querySelectorAll('classification[source="DHLAUTH"] > keyword')] as Element[])
				.filter((keyword) => attr(keyword, 'refersTo') !== 'agenda')
				.map((keyword) => collapse(attr(keyword, 'value') ?? '').trim())
		: [];
	const sdgs = meta
		? ([...meta.querySelectorAll('keyword[dictionary="SDGO"]')] as Element[]).map((keyword) => {
				const value = Number(attr(keyword, 'value'));
				if (!Number.isInteger(value) || value < 1 || value > 17) reader.problem('SDG', keyword, 'a goal number 1–17', found(attr(keyword, 'value') ?? ''));
				return value;
			})
		: [];

	// The number is in @title when DGACM gives one, else the only number printed in the line.
	const numbersPrinted = text(agendaItem).match(/[0-9]+/gu) ?? [];
	const agendaNumber = /^([0-9]+)/u.exec(attr(agendaItem, 'title') ?? '') ?? (numbersPrinted.length === 1 ? [numbersPrinted[0]!, numbersPrinted[0]!] : null);
	if (agendaItem && !agendaNumber) reader.problem('cover: agenda item number', agendaItem, 'one agenda item number', found(text(agendaItem)));
	const sessionNumber = Number(attr(session, 'value'));
	if (session && !Number.isInteger(sessionNumber)) reader.problem('cover: session number', session, 'a number in @value', found(attr(session, 'value') ?? ''));

	const proponent = proponentElement ? readProponent(proponentElement, reader) : undefined;
	if (!proponent) return undefined;
	const date = (element: Element | undefined) => {
		const value = attr(element, 'date') ?? '';
		if (element && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/u.test(value)) reader.problem('date', element, 'a date YYYY-MM-DD in @date', found(value));
		return value;
	};
	return {
		symbol,
		number,
		title: text(titleElement),
		language: reader.language,
		organization: text(organization),
		body: text(body),
		session: { number: sessionNumber, title: text(session) },
		agendaItem: { number: Number(agendaNumber?.[1]), label: text(agendaItem), title: text(agendaTitle) },
		distribution: text(distribution),
		issued: { date: date(issued), label: text(issued) },
		adopted: { date: date(adoptedDate), label: text(adoptedDate), heading: text(heading), meeting: text(meeting), record, vote: vote ?? { type: 'without-vote' } },
		committee: proponent.committee,
		proponent: proponent.line,
		drafts: proponent.drafts,
		enactingFormula,
		sponsors,
		additionalSponsors,
		subjects,
		sdgs,
	};
}

/**
 * The sponsors of a workflow step, from its `by` attribute, prose such as "A, B and C". DGACM
 * writes it in English in every language version; it is split by the grammar of the file's
 * language when it reads as a list in it, else by English.
 */
function readSponsors(step: Element, reader: Reader): string[] {
	const by = collapse(attr(step, 'by') ?? '').trim();
	if (/^submitted by\b/iu.test(by)) {
		reader.problem('draft submitted by an officer', step, 'sponsoring States in @by (the schema has no field for a submitting officer)', found(by));
		return [];
	}
	const language: ListLanguage = isListIn(by, reader.language) ? reader.language : 'en';
	return splitNames(by, language);
}

function readVote(meta: Element | undefined, reader: Reader): ImportedFacts['adopted']['vote'] | undefined {
	const voting = meta?.querySelector('analysis voting') as Element | null | undefined;
	const outcome = attr(voting, 'outcome') ?? '';
	if (outcome === 'adoptedWithoutVote') return { type: 'without-vote' };
	if (outcome === 'adoptedRecordedVote' && voting) {
		const count = (refersTo: string) => {
			const counts = children(voting, 'count').filter((c) => attr(c, 'refersTo') === refersTo);
			// DGACM leaves out a count of no votes against or no abstentions (its metadata records 0).
			if (counts.length === 0 && refersTo !== 'inFavour') return 0;
			const value = Number(attr(counts[0], 'value') ?? 'NaN');
			if (counts.length !== 1 || !Number.isInteger(value) || value < 0) {
				reader.problem('recorded vote count', counts[0] ?? voting, `one <count refersTo="${refersTo}"> with a number`, attr(counts[0], 'value') ?? 'none');
				return 0;
			}
			// When the voters are listed, their number must be the count.
			const voters = counts[0]!.querySelectorAll('organization').length;
			if (voters > 0 && voters !== value) reader.problem('recorded vote count', counts[0]!, `${value} voters listed, as counted`, `${voters}`);
			return value;
		};
		return { type: 'recorded', inFavour: count('inFavour'), against: count('against'), abstaining: count('abstaining') };
	}
	return reader.problem(`vote "${outcome || 'none'}"`, voting ?? meta ?? '/', 'voting outcome "adoptedWithoutVote" or "adoptedRecordedVote"', found(outcome));
}

/**
 * The proponent line, "[without reference to a Main Committee (A/76/L.74 and A/76/L.74/Add.1)]":
 * the committee words before the parenthesis, and each draft symbol linked.
 */
function readProponent(element: Element, reader: Reader): { committee: string; line: Inline[]; drafts: string[] } | undefined {
	const documents = children(element);
	if (documents.length !== 1 || documents[0]!.localName !== 'inline' || attr(documents[0]!, 'name') !== 'originating document') {
		return reader.problem('proponent line', element, 'one <inline name="originating document">', documents.map((e) => `<${e.localName}>`).join(', ') || 'none');
	}
	const originating = documents[0]!;
	const before = collapse((originating.previousSibling?.textContent as string | undefined) ?? '');
	const committee = trimAscii(before.replace(/^[ \t\n\r\f]*\[/u, '').replace(/\($/u, ''));
	if (committee === '') reader.problem('proponent line', element, 'the committee line before the documents', found(text(element)));
	const line: Inline[] = [];
	const drafts: string[] = [];
	const words = collapse(originating.textContent ?? '');
	// A symbol is a run of the characters symbols are made of; anything else ("and", "和") is text.
	let last = 0;
	for (const match of words.matchAll(/[A-Z][A-Za-z0-9./()-]*\/[A-Za-z0-9./()-]*[A-Za-z0-9)]/gu)) {
		const symbol = match[0];
		if (!isDocumentSymbol(symbol)) continue;
		line.push({ type: 'text', value: words.slice(last, match.index) });
		line.push({ type: 'documentLink', symbol, href: undocsUrl(symbol, reader.language), children: [{ type: 'text', value: symbol }] });
		if (!drafts.includes(symbol)) drafts.push(symbol);
		last = match.index + symbol.length;
	}
	if (drafts.length === 0) reader.problem('proponent documents', originating, 'document symbols', found(words));
	line.push({ type: 'text', value: words.slice(last) });
	const full = [{ type: 'text', value: before } as Inline, ...line, { type: 'text', value: collapse((originating.nextSibling?.textContent as string | undefined) ?? '') } as Inline];
	return { committee, line: tidy(full), drafts };
}
