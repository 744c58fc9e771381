/**
 * The UN's own Akoma Ntoso file of a resolution, read as the fidelity oracle: what the site
 * prints must equal what this file says, after normalising whitespace only.
 */
import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { validateXML } from 'xmllint-wasm';
import { fixtures } from './content';

export const aknFiles = {
	ar: 'A_RES_76_299-2211873A.xml',
	zh: 'A_RES_76_299-2211873C.xml',
	en: 'A_RES_76_299-2211873E.xml',
	fr: 'A_RES_76_299-2211873F.xml',
	ru: 'A_RES_76_299-2211873R.xml',
	es: 'A_RES_76_299-2211873S.xml',
} as const;

/**
 * Collapses runs of XML indentation (ASCII white space) to one space and trims: the only
 * difference allowed. No-break spaces are part of the text (`12 September 2019`,
 * French `: ;`) and must match too.
 */
export function normalize(text: string): string {
	return text.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
}
type Element = ReturnType<Document['querySelector']> & {};

/**
 * Text of an element without its footnotes (authorialNote), as a reader sees the paragraph.
 * Arabic prints a footnote call as "(1)", the parentheses as `<sup>(</sup>` and `<sup>)</sup>`
 * beside the note: they are part of the marker, not of the words.
 */
function textWithoutNotes(element: Element): string {
	let text = '';
	for (const node of element.childNodes) {
		if (node.nodeType === 3) text += node.textContent;
		else if (node.nodeType === 1 && (node as Element).localName === 'sup' && /^[()]$/.test(node.textContent ?? '')) continue;
		else if (node.nodeType === 1 && (node as Element).localName !== 'authorialNote') text += textWithoutNotes(node as Element);
	}
	return text;
}

/** Arabic footnotes begin with "()", where the marker goes: not part of the note's words. */
const withoutMarkerPlace = (text: string) => text.replace(/^\s*\(\)/, '');

/** Arabic prints operative numbers in the text ("1 -") instead of a <num>. */
const printedNumber = /^\s*([0-9]+)\s*-\s*/;

export interface OfficialText {
	coverLines: string[];
	title: string;
	formula: string;
	preambular: string[];
	operative: { number: string; text: string }[];
	/** Footnotes in marker order, with the paragraph (`pp8`) that calls each. */
	footnotes: { marker: string; text: string; paragraph: string }[];
	conclusion: string[];
	/** UN element ids, by our anchor: `op3` → `para_25`. */
	unIds: Record<string, string>;
	/** The lead phrase of each paragraph, by our anchor: the container's name, else the first styled span. */
	leads: Record<string, string>;
}

/** Reads the official text of A/RES/76/299 in one language. */
export function readOfficialText(language: keyof typeof aknFiles): OfficialText {
	return readAknText(readFileSync(`${fixtures}akn/${aknFiles[language]}`, 'utf8'));
}

/** Reads the text of any Akoma Ntoso file laid out as the UN's are: the UN's own, or our `data.akn`. */
export function readAknText(xml: string): OfficialText {
	const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
	const all = (selector: string, root: Element | Document = doc) => [...root.querySelectorAll(selector)] as Element[];
	const footnotes: OfficialText['footnotes'] = [];
	const unIds: Record<string, string> = {};

	const containers = all('preamble > container');
	const paragraphs = all('mainBody paragraph');
	containers.forEach((container, index) => (unIds[`pp${index + 1}`] = container.getAttribute('eId')!));
	paragraphs.forEach((paragraph, index) => (unIds[`op${index + 1}`] = paragraph.getAttribute('eId')!));
	for (const [anchor, element] of [...containers.map((c, i) => [`pp${i + 1}`, c] as const), ...paragraphs.map((p, i) => [`op${i + 1}`, p] as const)]) {
		for (const note of all('authorialNote', element)) {
			footnotes.push({ marker: note.getAttribute('marker')!, text: normalize(withoutMarkerPlace(note.textContent ?? '')), paragraph: anchor });
		}
	}
	const conclusion = all('conclusions p > *').map((e) => normalize(e.textContent ?? '')).filter(Boolean);
	return {
		coverLines: all('coverPage > p').map((p) => normalize(p.textContent ?? '')),
		title: normalize(all('preface p')[0]!.textContent ?? ''),
		formula: normalize(all('preamble > formula')[0]!.textContent ?? ''),
		preambular: containers.map((c) => normalize(textWithoutNotes(c))),
		operative: paragraphs.map((p) => {
			const text = textWithoutNotes(all('content', p)[0]!);
			const num = all('num', p)[0];
			if (num) return { number: normalize(num.textContent ?? ''), text: normalize(text) };
			const printed = printedNumber.exec(text);
			// As printed: "1 -".
			return { number: `${printed?.[1]} -`, text: normalize(text.replace(printedNumber, '')) };
		}),
		footnotes,
		conclusion,
		unIds,
		leads: Object.fromEntries([
			...containers.map((c, i) => [`pp${i + 1}`, normalize(c.getAttributeNode('name')?.value ?? '')]),
			...paragraphs.map((p, i) => {
				const span = all('content p span', p).find((s) => /italic|bold/.test(s.getAttribute('class') ?? '') && !printedNumber.test(s.textContent ?? ''));
				return [`op${i + 1}`, normalize(span?.textContent ?? '')];
			}),
		]),
	};
}

const schemas = `${fixtures}schemas/akn/`;

/**
 * Validates Akoma Ntoso XML against the OASIS Akoma Ntoso 3.0 schema (copied in
 * tests/fixtures/schemas/akn/), with libxml2 compiled to WebAssembly: no system install.
 * Returns the errors, empty when valid.
 */
export async function validateAkn(xml: string, fileName = 'data.akn'): Promise<string[]> {
	return (await validateAknFiles([{ fileName, contents: xml }])).get(fileName) ?? [];
}

/**
 * Validates several files in one run of xmllint (reading the schema takes about a second; each
 * file then a few milliseconds): the errors of each file, by its name.
 */
export async function validateAknFiles(files: readonly { fileName: string; contents: string }[]): Promise<Map<string, string[]>> {
	const result = await validateXML({
		xml: [...files],
		schema: { fileName: 'akomantoso30.xsd', contents: readFileSync(`${schemas}akomantoso30.xsd`, 'utf8') },
		preload: [{ fileName: 'xml.xsd', contents: readFileSync(`${schemas}xml.xsd`, 'utf8') }],
	});
	const byFile = new Map<string, string[]>(files.map((file) => [file.fileName, []]));
	for (const error of result.errors) byFile.get(error.loc?.fileName ?? files[0]!.fileName)?.push(error.rawMessage);
	return byFile;
}
