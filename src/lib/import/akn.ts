/**
 * Reads a UN General Assembly resolution in Akoma Ntoso (AKN4UN) into the project's model: the
 * facts of the resolution and the flat block sequence of its text (src/lib/structure.ts), with
 * the footnotes each block calls. Pure: it takes the XML text and gives data; writing files is
 * elsewhere.
 *
 * Everything it does not understand is reported as a problem naming the file and the element
 * (by its `eId` or an XPath-like path), with a short `kind` for grouping; it never leaves
 * anything out silently: the completeness check (completeness.ts) compares the words of the
 * result with the words of the file. All problems of a file are collected before failing; the
 * normalisations applied are listed in `notes`.
 */
import { DOMParser } from 'linkedom';
import type { Inline } from '../inline';
import type { SourceBlock } from '../structure';
import { normalise, readAnnex, readText } from './body';
import { compareText, extractText, importedText, strayMarkers } from './completeness';
import { ImportError, ImportProblem, languageCodes, Reader, type Language } from './context';
import { readFacts, readPreface, type ImportedFacts } from './facts';
import { plainInline, readInline, tidy, withLead } from './inline-akn';
import { attr, child, children, found, text, type Element } from './xml';

export { ImportError, ImportProblem, languageCodes, type Language } from './context';
export type { ImportedFacts, Vote } from './facts';
export { tidy } from './inline-akn';
export { attr, collapse, elementPath } from './xml';

/** A resolution in one language as the importer reads it from the UN's file. */
export interface ImportedDocument {
	facts: ImportedFacts;
	/** The blocks of its text, in the order printed, with the footnotes each defines. */
	blocks: SourceBlock[];
	/** The normalisations applied, one line each, with the element id: "para_43: empty numbered paragraph …". */
	notes: string[];
}

/** The language folders of the UN's corpus. */
const folders: Record<string, Language> = { Arabic: 'ar', Chinese: 'zh', English: 'en', French: 'fr', Russian: 'ru', Spanish: 'es' };

/**
 * Reads one resolution file. `file` names it in problems and notes; when its path runs through a
 * language folder ("Arabic/…"), the file's language must be that folder's. Throws `ImportError`
 * with every problem found.
 */
export function readResolution(xml: string, file: string): ImportedDocument {
	const { document, problems } = readDocument(xml, file);
	if (problems.length > 0 || !document) throw new ImportError(file, problems);
	return document;
}

/** Like `readResolution`, but gives the problems alongside whatever could be read. */
export function readDocument(xml: string, file: string): { document?: ImportedDocument; problems: ImportProblem[] } {
	const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
	const root = doc.documentElement as Element | null;
	const languageCode = attr(doc.querySelector('FRBRExpression > FRBRlanguage') as Element | null, 'language') ?? '';
	const language = languageCodes[languageCode];
	const reader = new Reader(file, language ?? 'en');
	if (!root || root.localName !== 'akomaNtoso') {
		reader.problem('not Akoma Ntoso', '/', 'an <akomaNtoso> document', root ? `<${root.localName}>` : 'no XML element');
		return { problems: reader.problems };
	}
	if (!language) reader.problem('language', '//FRBRExpression/FRBRlanguage', `one of ${Object.keys(languageCodes).join(', ')}`, found(languageCode));
	const folder = file.split('/').find((segment) => folders[segment] !== undefined);
	if (folder && language && folders[folder] !== language) {
		reader.problem('file in the wrong language folder', '//FRBRExpression/FRBRlanguage', `a file in ${folder}`, languageCode);
	}

	const statements = children(root, 'statement');
	const collections = children(root, 'documentCollection');
	for (const other of children(root)) {
		if (!['statement', 'documentCollection', 'components'].includes(other.localName)) reader.problem(`document <${other.localName}>`, other, 'a <statement>, or a <documentCollection> and its <components>', `<${other.localName}>`);
	}
	let result: { facts?: ImportedFacts | undefined; blocks: SourceBlock[]; letterFirst: boolean; numberFromSymbol: boolean } | undefined;
	if (statements.length === 1 && collections.length === 0) result = readStatement(statements[0]!, reader, file);
	else if (collections.length === 1 && statements.length === 0) result = readCollection(collections[0]!, child(root, 'components'), reader, file);
	else reader.problem('document', root, 'one <statement> or one <documentCollection>', `${statements.length} statements, ${collections.length} collections`);

	if (!result?.facts) return { problems: reader.problems };
	const { facts, blocks } = result;

	// Footnote markers are unique in a document: the site links each to its text.
	const markers = new Map<string, number>();
	for (const source of blocks) for (const note of source.footnotes) markers.set(note.marker, (markers.get(note.marker) ?? 0) + 1);
	for (const [marker, count] of markers) if (count > 1) reader.problem('footnote marker used twice', `//authorialNote[@marker="${marker}"]`, 'each footnote marker once in a document', `${count} footnotes marked ${marker}`);

	// The completeness guarantee.
	const words = importedText(facts, blocks, { numberFromSymbol: result.numberFromSymbol, letterFirst: result.letterFirst, collection: collections.length === 1 });
	const { difference, unused } = compareText(extractText(root), words, reader.dropped);
	if (difference) reader.problem('text lost or changed', difference.element, difference.expected, difference.found);
	else for (const drop of unused) reader.problem('text lost or changed', drop.element.localName, `${JSON.stringify(drop.text)} (${drop.why}) in the text`, 'not there');
	for (const stray of strayMarkers(blocks, reader.language)) {
		reader.problem('footnote marker left in the text', stray.block, 'each footnote call read with its whole marker, and no superscript without words', `${stray.what}: ${found(stray.context)}`);
	}

	return { document: { facts, blocks, notes: reader.notes }, problems: reader.problems };
}

/** The enacting formula of a preamble: "*The General Assembly*,". */
function readFormula(preamble: Element | undefined, reader: Reader): Inline[] | undefined {
	const formula = child(preamble, 'formula');
	if (!formula) {
		reader.note(preamble, 'no enacting formula');
		return undefined;
	}
	const [p, ...more] = children(formula);
	if (!p || p.localName !== 'p' || more.length > 0) return reader.problem('formula structure', formula, 'one <p>', children(formula).map((e) => `<${e.localName}>`).join(', '));
	const footnotes: import('../inline').FootnoteSource[] = [];
	const raw = readInline(p, reader, footnotes);
	if (footnotes.length > 0) reader.problem('footnote in formula', formula, 'no footnote', `${footnotes.length}`);
	return withLead(raw).content;
}

const statementParts = ['meta', 'coverPage', 'preface', 'preamble', 'mainBody', 'conclusions', 'attachments'];

/** The preamble and main body elements of a statement, in order. */
function textParts(statement: Element, reader: Reader): Element[] {
	const parts = children(statement).filter((e) => e.localName === 'preamble' || e.localName === 'mainBody');
	if (parts.filter((e) => e.localName === 'preamble').length > 1) reader.note(statement, 'several preambles and main bodies, read in order');
	if (!parts.some((e) => e.localName === 'mainBody')) reader.note(statement, 'no main body');
	return parts;
}

/** A meeting line printed as the last paragraph of the main body (Arabic 76/228) when the conclusions have none. */
function meetingFromBody(blocks: SourceBlock[], conclusions: Element | undefined, reader: Reader): string | undefined {
	if (!conclusions || conclusions.querySelector('inline[name="adoptionMeeting"]')) return undefined;
	const last = blocks.at(-1)?.block;
	if (last?.type !== 'paragraph' || last.num !== undefined || last.points.length > 0 || blocks.at(-1)!.footnotes.length > 0) return undefined;
	const words = plainInline(last.content).trim();
	if (!/plenary meeting|séance plénière|пленарное заседание|sesión plenaria|全体会议|الجلسة العامة/u.test(words) || words.length > 80) return undefined;
	blocks.pop();
	reader.note(conclusions, `the meeting line ${JSON.stringify(words)} is the last paragraph of the main body (${last.akn4unId ?? ''}): read as the adoption meeting`);
	return words;
}

function readStatement(statement: Element, reader: Reader, file: string) {
	for (const part of children(statement)) {
		if (!statementParts.includes(part.localName)) reader.problem(`statement <${part.localName}>`, part, `only ${statementParts.map((p) => `<${p}>`).join(', ')}`, `<${part.localName}>`);
	}
	const get = (name: string) => child(statement, name) ?? reader.problem(`missing <${name}>`, statement, `a <${name}>`, 'none');
	const meta = get('meta');
	const coverPage = get('coverPage');
	const preface = child(statement, 'preface');
	if (!preface) reader.note(statement, 'no preface (no resolution number or title)');
	const conclusions = get('conclusions');
	const parts = textParts(statement, reader);
	const enactingFormula = readFormula(parts.find((p) => p.localName === 'preamble'), reader);
	const blocks = normalise(readText(parts, reader), reader, 'main');
	const meeting = meetingFromBody(blocks, conclusions, reader);
	for (const attachment of children(child(statement, 'attachments'))) {
		const docs = children(attachment, 'doc');
		if (attachment.localName !== 'attachment' || docs.length !== 1) reader.problem('attachment', attachment, 'an <attachment> with one <doc>', tags(children(attachment)));
		for (const doc of docs) blocks.push(...readAnnex(doc, reader));
	}
	const { facts, trace } = readFacts(reader, { meta, coverPage, preface, conclusions, enactingFormula, file });
	if (facts && meeting !== undefined) facts.adopted.meeting = meeting;
	// A part issued separately (76/235 B): its letter and the footnote on the earlier part, printed in the preface.
	if (trace.letter) {
		const { line, number: letterElement } = trace.letter;
		const before = new Set(children(line).slice(0, children(line).indexOf(letterElement) + 1));
		const footnotes: SourceBlock['footnotes'] = [];
		// The part's own title after its letter (75/290 A "Economic and Social Council") is the heading's text.
		const rest = children(line).filter((el) => !before.has(el));
		const partTitle = rest.length === 1 && rest[0]!.localName === 'docTitle' ? rest[0] : undefined;
		const content = tidy(withLead(partTitle ? readInline(partTitle, reader, footnotes) : readInline(line, reader, footnotes, (el) => before.has(el))).content);
		blocks.unshift({ block: { type: 'heading', num: text(letterElement), content }, footnotes });
		reader.note(line, `the letter ${JSON.stringify(text(letterElement))} of a part issued separately read as a heading`);
	}
	return { facts, blocks, letterFirst: trace.letter !== undefined, numberFromSymbol: trace.numberFromSymbol };
}

const tags = (elements: readonly Element[]) => elements.map((e) => `<${e.localName}>`).join(', ') || 'nothing';

/** A document of several resolutions (76/84 A-B): one cover, then a part per component. */
function readCollection(collection: Element, components: Element | undefined, reader: Reader, file: string) {
	const known = ['meta', 'coverPage', 'preface', 'collectionBody'];
	for (const part of children(collection)) if (!known.includes(part.localName)) reader.problem(`documentCollection <${part.localName}>`, part, `only ${known.map((k) => `<${k}>`).join(', ')}`, `<${part.localName}>`);
	const statements: Element[] = [];
	for (const component of children(components)) {
		const inner = children(component);
		if (component.localName !== 'component' || inner.length !== 1 || inner[0]!.localName !== 'statement') reader.problem('component', component, 'a <component> holding one <statement>', tags(inner));
		else statements.push(inner[0]!);
	}
	if (statements.length === 0) reader.problem('components', components ?? collection, 'the <components> of the collection', 'none');
	const blocks: SourceBlock[] = [];
	for (const statement of statements) {
		const allowed = ['meta', 'preface', 'preamble', 'mainBody', 'conclusions'];
		for (const part of children(statement)) if (!allowed.includes(part.localName)) reader.problem(`component <${part.localName}>`, part, `only ${allowed.map((k) => `<${k}>`).join(', ')}`, `<${part.localName}>`);
		if (children(child(statement, 'meta')).some((e) => e.localName !== 'identification')) reader.note(statement, 'the component repeats the metadata of the collection: the collection\'s is read');
		const preface = readPreface(child(statement, 'preface'), reader, true);
		if (!preface.number) reader.problem('component letter', child(statement, 'preface') ?? statement, 'the letter of the part in its preface <docNumber>', 'none');
		if (!preface.title) reader.note(child(statement, 'preface') ?? statement, 'the part has no title');
		const parts = textParts(statement, reader);
		const enactingFormula = readFormula(parts.find((p) => p.localName === 'preamble'), reader);
		const meeting = text(child(statement, 'conclusions')?.querySelector('inline[name="adoptionMeeting"]') as Element | undefined);
		const statementId = attr(statement.parentNode as Element, 'eId');
		blocks.push({
			block: {
				type: 'part',
				num: preface.number ?? '',
				...(statementId ? { akn4unId: statementId } : {}),
				content: preface.title ?? [],
				...(enactingFormula ? { enactingFormula } : {}),
				...(meeting ? { meeting } : {}),
			},
			footnotes: [],
		});
		blocks.push(...normalise(readText(parts, reader), reader, 'main'));
	}
	const first = statements[0];
	const { facts, trace } = readFacts(reader, {
		meta: child(collection, 'meta'),
		coverPage: child(collection, 'coverPage'),
		preface: child(collection, 'preface'),
		conclusions: child(first, 'conclusions'),
		enactingFormula: undefined,
		file,
	});
	return { facts, blocks, letterFirst: false, numberFromSymbol: trace.numberFromSymbol };
}
