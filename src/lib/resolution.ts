/**
 * The Resolution model: one resolution in one language, built once from its content files and
 * checked as a whole. Every page and data file is a view of this model.
 */
import type { BlockData } from '../schemas/block';
import type { ResolutionData } from '../schemas/resolution';
import { assignAnchors, footnoteAnchor, footnoteRefAnchor, type NumberingNote, type PointAnchor } from './anchors';
import { parseBlock } from './block-content';
import { ContentError, excerpt } from './content-error';
import { parseLine, plainText, walkInline, type Inline } from './inline';
import { blockTexts, type Annex, type Block, type Heading, type Paragraph as ParagraphBlock, type Part, type Point, type Section, type Table } from './structure';
import { undocsHref } from './symbols';

/** One content file as it is read from disk: validated frontmatter and raw body. */
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
	/** Anchor of the block that calls it. */
	blockAnchor: string;
}

/** A sub-paragraph with its anchor (`op5-a`, `op5-a-ii`). */
export interface AnchoredPoint extends Omit<Point, 'points'> {
	anchor: string;
	points: AnchoredPoint[];
}

/** Where a block is: the part, annex and section it belongs to, when it is in one. */
export interface BlockScope {
	part?: AnchoredBlock<Part> | undefined;
	annex?: AnchoredBlock<Annex> | undefined;
	section?: AnchoredBlock<Section> | undefined;
}

type Anchored<B extends Block> = B & {
	/** Its anchor: `op5`, `sec2-op3`, `h4`. */
	anchor: string;
	/** The content file it is read from. */
	file: string;
	/** The footnotes it calls, in order. */
	footnotes: Footnote[];
	/** Documents it (or its footnotes) cites, as its links name them. */
	cites: string[];
	/** Where it is. */
	scope: BlockScope;
};

export type AnchoredBlock<B extends Block = Block> = B extends ParagraphBlock
	? Omit<Anchored<ParagraphBlock>, 'points'> & {
			points: AnchoredPoint[];
			/** Its number in its scope, from its anchor: 5 for `op5`, 3 for `sec2-pp3`, 2 for `p2`. */
			ordinal: number | string;
		}
	: B extends Table
		? Anchored<Table> & { rowAnchors: string[] }
		: Anchored<B>;

/** A paragraph of the text, preambular or operative, with its anchor and sub-paragraphs. */
export type Paragraph = AnchoredBlock<ParagraphBlock>;

export interface Resolution {
	/** The facts and printed lines of `resolution.mdx`. */
	facts: ResolutionData;
	file: string;
	/** The enacting formula of a resolution in one part (a document of parts has one per part). */
	enactingFormula: Inline[] | undefined;
	proponent: Inline[] | undefined;
	/** Every block of the text, in the order printed. */
	blocks: AnchoredBlock[];
	/** Every paragraph, preambular and operative, in the order printed. */
	paragraphs: Paragraph[];
	/** Every footnote, in the order printed. */
	footnotes: Footnote[];
	/** Where operative numbers are out of sequence and the anchor departs from the printed number. */
	numberingNotes: NumberingNote[];
}

/** The folder of a content file: blocks belong to the resolution file beside them. */
function folderOf(filePath: string): string {
	return filePath.replace(/\/[^/]*$/, '');
}

/**
 * Builds and checks the model of every resolution found in the content files.
 * Throws a `ContentError` naming the file and field at the first problem found.
 */
export function buildResolutions(resolutionFiles: ContentFile<ResolutionData>[], blockFiles: ContentFile<BlockData>[]): Resolution[] {
	const byFolder = new Map<string, ContentFile<BlockData>[]>();
	for (const file of blockFiles) {
		const folder = folderOf(file.filePath);
		let list = byFolder.get(folder);
		if (!list) byFolder.set(folder, (list = []));
		list.push(file);
	}
	const resolutions = resolutionFiles.map((file) => {
		const folder = folderOf(file.filePath);
		const blocks = byFolder.get(folder) ?? [];
		byFolder.delete(folder);
		return buildResolution(file, blocks);
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

/** Builds and checks one resolution in one language from its own file and its blocks' files. */
export function buildResolution(resolutionFile: ContentFile<ResolutionData>, blockFiles: ContentFile<BlockData>[]): Resolution {
	const facts = resolutionFile.data;
	const language = facts.language;
	const folder = /([^/]*)\/[^/]*$/.exec(resolutionFile.filePath)?.[1];
	if (folder !== language) {
		throw new ContentError(resolutionFile.filePath, 'language', `"${folder}", the name of its folder (one folder per language)`, `"${language}"`);
	}

	// Blocks are printed in the order of their positions, which run 1, 2, 3… without gaps.
	const files = [...blockFiles].sort((a, b) => a.data.position - b.data.position);
	files.forEach((file, index) => {
		if (file.data.position !== index + 1) {
			const duplicate = files.find((other) => other !== file && other.data.position === file.data.position);
			throw new ContentError(
				file.filePath,
				'position',
				`${index + 1}: blocks are placed 1, 2, 3… without gaps or duplicates`,
				duplicate ? `${file.data.position}, also used by ${duplicate.filePath}` : `${file.data.position}`,
			);
		}
	});
	const sources = files.map((file) => parseBlock(file.data, file.body, file.filePath));
	const { anchors, notes } = assignAnchors(sources.map((source) => source.block));

	// Named after its anchor, a file is found where a reader's link points.
	files.forEach((file, index) => {
		const name = file.filePath.replace(/^.*\//, '');
		if (name !== `${anchors[index]!.anchor}.mdx`) {
			throw new ContentError(file.filePath, 'file name', `${anchors[index]!.anchor}.mdx, the anchor its kind and place give it`, name);
		}
	});

	const blocks: AnchoredBlock[] = [];
	const scope: BlockScope = {};
	sources.forEach((source, index) => {
		const { block } = source;
		const file = files[index]!;
		const { anchor, points, rows } = anchors[index]!;
		checkLead(block, file);
		const footnotes = blockFootnotes(source.block, source.footnotes, anchor, file.filePath);
		const texts = [...blockTexts(block), ...footnotes.map((note) => note.content)];
		const cites = file.data.cites;
		checkLinks(texts.flat(), cites, language, file.filePath);
		if (block.type === 'part') [scope.part, scope.annex, scope.section] = [undefined, undefined, undefined];
		if (block.type === 'annex') [scope.annex, scope.section] = [undefined, undefined];
		if (block.type === 'section') scope.section = undefined;
		const common = { anchor, file: file.filePath, footnotes, cites, scope: { ...scope } };
		let anchored: AnchoredBlock;
		if (block.type === 'paragraph') {
			const ordinal = /([0-9][0-9.]*)$/.exec(anchor)![1]!;
			anchored = { ...block, ...common, points: anchorPoints(points), ordinal: /^[0-9]+$/.test(ordinal) ? Number(ordinal) : ordinal };
		} else if (block.type === 'table') anchored = { ...block, ...common, rowAnchors: rows };
		else anchored = { ...block, ...common } as AnchoredBlock;
		if (anchored.type === 'part') scope.part = anchored;
		if (anchored.type === 'annex') scope.annex = anchored;
		if (anchored.type === 'section') scope.section = anchored;
		blocks.push(anchored);
	});

	const footnotes = blocks.flatMap((block) => block.footnotes);
	const markers = new Map<string, Footnote>();
	for (const footnote of footnotes) {
		const other = markers.get(footnote.marker);
		if (other) {
			const owner = blocks.find((block) => block.footnotes.includes(footnote))!;
			throw new ContentError(owner.file, `footnote [^${footnote.marker}]`, 'markers used once in the whole resolution', `marker ${footnote.marker}, also in ${other.blockAnchor}`);
		}
		markers.set(footnote.marker, footnote);
	}

	const proponent = facts.proponent === undefined ? undefined : parseLine(facts.proponent, resolutionFile.filePath, 'proponent');
	if (proponent) checkDraftLinks(proponent, facts.drafts, language, resolutionFile.filePath);

	return {
		facts,
		file: resolutionFile.filePath,
		enactingFormula: facts.enactingFormula === undefined ? undefined : parseLine(facts.enactingFormula, resolutionFile.filePath, 'enactingFormula'),
		proponent,
		blocks,
		paragraphs: blocks.filter((block): block is Paragraph => block.type === 'paragraph'),
		footnotes,
		numberingNotes: notes,
	};
}

function anchorPoints(points: readonly PointAnchor[]): AnchoredPoint[] {
	return points.map(({ anchor, point, points: inner }) => ({ ...point, anchor, points: anchorPoints(inner) }));
}

/** A declared lead phrase is the emphasis the text begins with. */
function checkLead(block: Block, file: ContentFile<BlockData>): void {
	if (block.type !== 'paragraph' || block.lead === undefined) return;
	const [first] = block.content;
	const printed = first?.type === 'emphasis' ? plainText(first.children).trim() : undefined;
	if (printed !== block.lead) {
		throw new ContentError(
			file.filePath,
			'body',
			`to begin with the lead phrase in italics, *${block.lead}*, as in the "lead" field`,
			printed === undefined ? excerpt(plainText(block.content), 30) : `*${printed}*`,
		);
	}
}

/** Each footnote defined in the file is called exactly once in its block, and each call is defined. */
function blockFootnotes(block: Block, definitions: { marker: string; content: Inline[] }[], anchor: string, file: string): Footnote[] {
	const calls = [...blockTexts(block)].flatMap((text) => [...walkInline(text)]).filter((node) => node.type === 'footnoteRef').map((node) => node.marker);
	for (const marker of calls) {
		if (!definitions.some((definition) => definition.marker === marker)) throw new ContentError(file, 'body', `a definition for footnote [^${marker}] in the same file`, 'none');
	}
	for (const definition of definitions) {
		const count = calls.filter((marker) => marker === definition.marker).length;
		if (count !== 1) throw new ContentError(file, `footnote [^${definition.marker}]`, 'one call in the text', `${count} calls`);
	}
	return calls.map((marker) => ({
		marker,
		anchor: footnoteAnchor(marker),
		refAnchor: footnoteRefAnchor(marker),
		content: definitions.find((definition) => definition.marker === marker)!.content,
		blockAnchor: anchor,
	}));
}

/**
 * Every document link in `nodes` points at a document listed in `cites`, on undocs.org in the
 * file's language, and every listed document is linked where it is printed.
 */
function checkLinks(nodes: readonly Inline[], cites: readonly string[], language: string, file: string): void {
	const linked = new Set<string>();
	for (const node of walkInline(nodes)) {
		if (node.type !== 'documentLink') continue;
		if (!cites.includes(node.symbol)) throw new ContentError(file, 'cites', `to list ${node.symbol}, which the body links`, JSON.stringify(cites));
		const expected = undocsHref(node.symbol, language);
		if (node.href !== expected) throw new ContentError(file, 'body', `the link to ${node.symbol} to be ${expected}`, node.href);
		linked.add(node.symbol);
	}
	for (const symbol of cites) {
		if (!linked.has(symbol)) throw new ContentError(file, 'cites', 'only documents the body links where they are printed', `${symbol}, which it does not link`);
	}
}

/** The drafts listed in the facts are the documents the cover line links, in the file's language. */
function checkDraftLinks(nodes: readonly Inline[], drafts: readonly string[], language: string, file: string): void {
	const linked = [...walkInline(nodes)].filter((node) => node.type === 'documentLink');
	for (const link of linked) {
		if (!drafts.includes(link.symbol)) throw new ContentError(file, 'drafts', `to list ${link.symbol}, which the proponent links`, JSON.stringify(drafts));
		if (link.href !== undocsHref(link.symbol, language)) throw new ContentError(file, 'proponent', `the link to ${link.symbol} to be ${undocsHref(link.symbol, language)}`, link.href);
	}
	for (const symbol of drafts) {
		if (!linked.some((link) => link.symbol === symbol)) throw new ContentError(file, 'drafts', 'only symbols the proponent links where they are printed', `${symbol}, which it does not link`);
	}
}

/** The blocks of a heading kind (heading, section, annex, part) and paragraphs, for outlines. */
export type OutlineBlock = AnchoredBlock<Heading | Section | Annex | Part> | Paragraph;
