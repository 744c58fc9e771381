/**
 * The Resolution model: one resolution in one language, built once from its content files and
 * checked as a whole. Every page and data file is a view of this model.
 */
import type { ParagraphData } from '../schemas/paragraph';
import type { ResolutionData } from '../schemas/resolution';
import { footnoteAnchor, footnoteRefAnchor, paragraphAnchor, type ParagraphKind } from './anchors';
import { ContentError, excerpt } from './content-error';
import { parseBody, parseLine, plainText, walkInline, type Inline } from './inline';
import { undocsUrl } from './symbols';

/** One content file as Astro's content layer hands it over: validated frontmatter and raw body. */
export interface ContentFile<Data> {
	/** Path from the project root, for error messages: `content/resolutions/…/pp1.mdx`. */
	filePath: string;
	data: Data;
	body: string;
}

export interface Footnote {
	/** The official marker: "1". */
	marker: string;
	/** `fn1`: where the footnote's text is. */
	anchor: string;
	/** `fnref1`: where the text calls it. */
	refAnchor: string;
	content: Inline[];
	/** Anchor of the paragraph that calls it. */
	paragraphAnchor: string;
}

export interface Paragraph {
	kind: ParagraphKind;
	number: number;
	/** `pp1` … `op10`. */
	anchor: string;
	/** The lead phrase as printed: "Recognizing also". */
	lead: string;
	/** The id of the same paragraph in the UN's Akoma Ntoso file, when known. */
	akn4unId: string | undefined;
	/** Symbols of the documents it cites. */
	cites: string[];
	/** Its text, lead phrase first, with footnote markers where printed. */
	content: Inline[];
	/** The footnotes it calls, in order. */
	footnotes: Footnote[];
	file: string;
}

export interface Resolution {
	/** The facts and printed lines of `resolution.mdx`. */
	facts: ResolutionData;
	file: string;
	enactingFormula: Inline[];
	proponent: Inline[];
	/** Preambular paragraphs, then operative ones, each in number order. */
	paragraphs: Paragraph[];
	/** Every footnote, in marker order. */
	footnotes: Footnote[];
}

/** The folder of a content file: paragraphs belong to the resolution file beside them. */
function folderOf(filePath: string): string {
	return filePath.replace(/\/[^/]*$/, '');
}

/**
 * Builds and checks the model of every resolution found in the content files.
 * Throws a `ContentError` naming the file and field at the first problem found.
 */
export function buildResolutions(
	resolutionFiles: ContentFile<ResolutionData>[],
	paragraphFiles: ContentFile<ParagraphData>[],
): Resolution[] {
	const byFolder = new Map<string, ContentFile<ParagraphData>[]>();
	for (const file of paragraphFiles) {
		const folder = folderOf(file.filePath);
		byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
	}
	const resolutions = resolutionFiles.map((file) => {
		const folder = folderOf(file.filePath);
		const paragraphs = byFolder.get(folder) ?? [];
		byFolder.delete(folder);
		return buildResolution(file, paragraphs);
	});
	const seen = new Map<string, string>();
	for (const resolution of resolutions) {
		const key = `${resolution.facts.symbol} ${resolution.facts.language}`;
		const other = seen.get(key);
		if (other) throw new ContentError(resolution.file, 'symbol', `one file per resolution and language`, `${key} also in ${other}`);
		seen.set(key, resolution.file);
	}
	for (const [folder, [orphan]] of byFolder) {
		throw new ContentError(orphan!.filePath, 'location', `a resolution.mdx in ${folder}/ beside it`, 'none');
	}
	return resolutions;
}

/** Builds and checks one resolution in one language from its own file and its paragraph files. */
export function buildResolution(
	resolutionFile: ContentFile<ResolutionData>,
	paragraphFiles: ContentFile<ParagraphData>[],
): Resolution {
	const facts = resolutionFile.data;
	const language = facts.language;
	const folder = /([^/]*)\/[^/]*$/.exec(resolutionFile.filePath)?.[1];
	if (folder !== language) {
		throw new ContentError(resolutionFile.filePath, 'language', `"${folder}", the name of its folder (one folder per language)`, `"${language}"`);
	}
	const paragraphs = paragraphFiles.map((file) => buildParagraph(file, language));

	for (const kind of ['preambular', 'operative'] as const) {
		checkNumbering(paragraphs.filter((p) => p.kind === kind), kind);
	}
	// Named after its anchor, a file is found where a reader's link points.
	for (const paragraph of paragraphs) {
		const name = paragraph.file.replace(/^.*\//, '');
		if (name !== `${paragraph.anchor}.mdx`) {
			throw new ContentError(paragraph.file, 'file name', `${paragraph.anchor}.mdx, from its kind and number`, name);
		}
	}
	const kindOrder = { preambular: 0, operative: 1 };
	paragraphs.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.number - b.number);

	const footnotes = paragraphs.flatMap((p) => p.footnotes);
	footnotes.forEach((footnote, index) => {
		const expected = String(index + 1);
		if (footnote.marker !== expected) {
			const owner = paragraphs.find((p) => p.footnotes.includes(footnote))!;
			throw new ContentError(
				owner.file,
				`footnote [^${footnote.marker}]`,
				`marker ${expected} (markers run 1, 2, 3… through the resolution in the order they are printed, each used once)`,
				`marker ${footnote.marker}`,
			);
		}
	});

	const proponent = parseLine(facts.proponent, resolutionFile.filePath, 'proponent');
	checkLinks(proponent, facts.drafts, language, resolutionFile.filePath, 'proponent', 'drafts');

	return {
		facts,
		file: resolutionFile.filePath,
		enactingFormula: parseLine(facts.enactingFormula, resolutionFile.filePath, 'enactingFormula'),
		proponent,
		paragraphs,
		footnotes,
	};
}

function buildParagraph(file: ContentFile<ParagraphData>, language: string): Paragraph {
	const { kind, number, lead, cites, akn4unId } = file.data;
	const anchor = paragraphAnchor(kind, number);

	const body = parseBody(file.body, file.filePath);
	const [first] = body.content;
	const printedLead = first?.type === 'emphasis' ? plainText(first.children).trim() : undefined;
	if (printedLead !== lead) {
		throw new ContentError(
			file.filePath,
			'body',
			`to begin with the lead phrase in italics, *${lead}*, as in the "lead" field`,
			printedLead === undefined ? excerpt(plainText(body.content), 30) : `*${printedLead}*`,
		);
	}

	// Each footnote defined in the file is called exactly once, where it is printed.
	const calls = [...walkInline(body.content)].filter((node) => node.type === 'footnoteRef').map((node) => node.marker);
	for (const definition of body.footnotes) {
		const count = calls.filter((marker) => marker === definition.marker).length;
		if (count !== 1) {
			throw new ContentError(file.filePath, `footnote [^${definition.marker}]`, 'one call in the paragraph text', `${count} calls`);
		}
	}
	const footnotes = calls.map((marker): Footnote => {
		const definition = body.footnotes.find((f) => f.marker === marker)!;
		return {
			marker,
			anchor: footnoteAnchor(marker),
			refAnchor: footnoteRefAnchor(marker),
			content: definition.content,
			paragraphAnchor: anchor,
		};
	});

	checkLinks([...body.content, ...footnotes.flatMap((f) => f.content)], cites, language, file.filePath, 'body', 'cites');
	return { kind, number, anchor, lead, akn4unId, cites, content: body.content, footnotes, file: file.filePath };
}

/** Numbers of one kind run 1, 2, 3… with no gap and no duplicate. */
function checkNumbering(paragraphs: Paragraph[], kind: ParagraphKind): void {
	const sorted = [...paragraphs].sort((a, b) => a.number - b.number);
	sorted.forEach((paragraph, index) => {
		const expected = index + 1;
		if (paragraph.number !== expected) {
			const duplicate = sorted.find((other) => other !== paragraph && other.number === paragraph.number);
			throw new ContentError(
				paragraph.file,
				'number',
				`${expected}: ${kind} paragraphs are numbered 1, 2, 3… without gaps or duplicates`,
				duplicate ? `${paragraph.number}, also used by ${duplicate.file}` : `${paragraph.number}`,
			);
		}
	});
}

/**
 * Every document link in `nodes` points at a symbol listed in `listField`, in the file's language,
 * and every listed symbol is linked where it is printed.
 */
function checkLinks(nodes: Inline[], listed: string[], language: string, file: string, field: string, listField: string): void {
	const linked = new Set<string>();
	for (const node of walkInline(nodes)) {
		if (node.type !== 'documentLink') continue;
		if (!listed.includes(node.symbol)) {
			throw new ContentError(file, listField, `to list ${node.symbol}, which the ${field} links`, JSON.stringify(listed));
		}
		if (node.href !== undocsUrl(node.symbol, language)) {
			throw new ContentError(file, field, `the link to ${node.symbol} to be ${undocsUrl(node.symbol, language)}`, node.href);
		}
		linked.add(node.symbol);
	}
	for (const symbol of listed) {
		if (!linked.has(symbol)) {
			throw new ContentError(file, listField, `only symbols the ${field} links where they are printed`, `${symbol}, which it does not link`);
		}
	}
}
