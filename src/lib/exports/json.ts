/**
 * `data.json`: the resolution's facts and its text as the tree of the text model (parts, annexes,
 * sections, headings, paragraphs with their sub-paragraphs, tables), for programs. Every text and
 * HTML string comes from the same model and renderers as the page (`plainText`, `inlineHtml`).
 * Its shape is described by the JSON Schema in `json-schema.ts`, published beside it.
 *
 * Each text is given once (version 3): a block's words in `content`, a footnote's in `footnotes`.
 * `paragraphs` lists the paragraphs' anchors, blocks name their footnotes by anchor, a block's URL
 * is the page's `url` and its anchor, and `html` is left out where it is the same as `text`.
 * `json-walk.ts` reads it back.
 */
import { useTranslations } from '../../i18n/ui';
import { inlineHtml } from '../html';
import { buildCitationGraph, type CitationGraph } from '../library/citations';
import { plainText, type Inline } from '../inline';
import type { AnchoredBlock, AnchoredPoint, Footnote, Paragraph, Resolution } from '../resolution';
import type { Annex, Heading, Part, Section, Table } from '../structure';
import { statesVoting } from '../library/member-states';
import { undocsUrl } from '../symbols';
import { absoluteUrl, dataPath, resolutionPath } from '../urls';
import { dataFormats, resolutionJsonSchemaPath, resolutionJsonVersion } from './formats';
import { blockAnchors, blockTree, isContainer, type TreeNode } from './tree';

/**
 * Words as plain text and, where they differ, as the page's HTML: without `html`, the text is its
 * own HTML (no markup and nothing to escape), so `words.html ?? words.text` is always the HTML.
 */
export interface TextJson {
	text: string;
	html?: string;
}

/** A footnote, in the resolution's list of every footnote: the one place its words are given. */
export interface FootnoteJson extends TextJson {
	/** Official marker: "1". */
	marker: string;
	/** Anchor of the footnote on the document page: "fn1". */
	id: string;
	/** Anchor of the block whose text calls it: "pp8". */
	calledBy: string;
}

/** A General Assembly resolution that a block of this text (or a footnote it calls) cites. */
export interface CitationJson {
	/** Anchor of the citing block: "pp3". */
	from: string;
	/** The resolution as the link names it: "A/RES/75/180", "A/RES/76/84a-b". */
	cites: string;
	/** The resolution as this site publishes it ("A/RES/76/84 A-B"), or null where it does not publish it. */
	symbol: string | null;
	/** Its document page here in this language (at the part, where the link names one), or null where it is not published here in this language. */
	url: string | null;
	/** Anchors of its operative paragraphs that the words around the link name ("paragraph 9 of its resolution 76/242" → "op9"). */
	paragraphs: string[];
}

/** A place of a resolution published here that cites this one, in this language. */
export interface CitedByJson {
	/** The citing resolution: "A/RES/76/290". */
	symbol: string;
	/** Anchor of the citing block: "op1". */
	id: string;
	/** The place as a citation names it, in this language: "76/290, para. 1". */
	designation: string;
	/** The citing place on its document page. */
	url: string;
	/** Anchors of this resolution's paragraphs that the citing words name ("op9"), if any. */
	paragraphs: string[];
}

/** What every block of the text carries. */
interface BlockJsonBase {
	/** Anchor on the document page: "op5", "sec2-op3", "t1", "annex", "A"; its URL is the page's `url`, "#" and the anchor. */
	id: string;
	/** Element id of the same block in the UN's own Akoma Ntoso file, or null when unknown. */
	akn4unId: string | null;
	/** Anchors of the footnotes its text calls, in order: "fn1", as in the resolution's `footnotes`. */
	footnotes: string[];
	/** Documents it or its footnotes cite, as the links name them. */
	cites: string[];
}

export interface PointJson extends TextJson {
	/** Anchor: "op5-a", "op5-a-ii". */
	id: string;
	/** The letter or number as printed: "(a)", "а)", "(أ)". */
	num: string;
	akn4unId: string | null;
	points: PointJson[];
}

export interface ParagraphJson extends BlockJsonBase, TextJson {
	type: 'paragraph';
	kind: Paragraph['kind'];
	/** The number as printed ("5.", "5 -", "1.1"), or null where none is printed. */
	num: string | null;
	/** Its number in its scope, from its anchor: 5 for `op5`, 3 for `sec2-pp3`, 2 for `p2`, "1.1" for `op1.1`. */
	number: number | string;
	/** The lead phrase, exactly as printed, or null when the text begins with none. */
	lead: string | null;
	points: PointJson[];
	/** Paragraphs of text printed after the sub-paragraphs. */
	wrapUp: TextJson[];
}

export interface HeadingJson extends BlockJsonBase, TextJson {
	type: 'heading';
	num: string | null;
}

export interface TableCellJson extends TextJson {
	header: boolean;
	colspan: number;
	rowspan: number;
}

export interface TableJson extends BlockJsonBase {
	type: 'table';
	rows: { id: string; cells: TableCellJson[] }[];
}

export interface SectionJson extends BlockJsonBase {
	type: 'section';
	num: string | null;
	/** Its title, or null when none is printed. */
	title: TextJson | null;
	children: BlockJson[];
}

export interface AnnexJson extends BlockJsonBase {
	type: 'annex';
	/** The lines at its head: "Annex", its title. */
	lines: TextJson[];
	children: BlockJson[];
}

export interface PartJson extends BlockJsonBase {
	type: 'part';
	/** The part's letter, as in its symbol: "A". */
	num: string;
	title: TextJson | null;
	enactingFormula: string | null;
	meeting: string | null;
	children: BlockJson[];
}

export type BlockJson = ParagraphJson | HeadingJson | TableJson | SectionJson | AnnexJson | PartJson;

type Vote = Resolution['facts']['adopted']['vote'];
export type VoteJson =
	| { type: 'without-vote' }
	| {
			type: 'recorded';
			inFavour: number;
			against: number;
			abstaining: number;
			voters: { inFavour: string[]; against: string[]; abstaining: string[] } | null;
			/** The same Member States by their slugs (`/member-states/<slug>/`), with those not voting; null with `voters`. Added in version 3, compatibly. */
			states: { inFavour: string[]; against: string[]; abstaining: string[]; notVoting: string[] } | null;
	  };

export interface ResolutionJson {
	$schema: string;
	/** Version of this shape: 3. */
	version: typeof resolutionJsonVersion;
	symbol: string;
	number: string;
	title: string | null;
	language: string;
	organization: string;
	body: string;
	session: { number: number | null; title: string };
	agendaItem: { label: string; numbers: string[]; titles: string[] };
	issued: string;
	adopted: {
		date: string;
		meeting: string;
		record: string | null;
		recordNote: string | null;
		vote: VoteJson;
	};
	committee: string;
	proponent: string | null;
	drafts: string[];
	sponsors: string[];
	additionalSponsors: string[];
	submittedBy: string | null;
	reissued: boolean;
	subjects: string[];
	sdgs: number[];
	/** Targets of those Goals, as the UN writes them ("3.7"), in its order. */
	sdgTargets: string[];
	/** The document page; every anchor of the text is at this URL, "#" and the anchor. */
	url: string;
	officialText: string;
	data: Record<string, string>;
	enactingFormula: string | null;
	/** The text, as the tree of its blocks. */
	content: BlockJson[];
	/** Anchors of every paragraph of `content`, wherever it is, in the order printed. */
	paragraphs: string[];
	/** Every footnote, in the order printed. */
	footnotes: FootnoteJson[];
	/** Every anchor of the text, in reading order, with the UN's element id for it (null when unknown). */
	anchors: Record<string, string | null>;
	/** The General Assembly resolutions the text cites, block by block, in the order printed. */
	citations: CitationJson[];
	/** The places of resolutions published here that cite this one, in this language. */
	citedBy: CitedByJson[];
}

/** A calendar date as `YYYY-MM-DD`. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Absolute URL of an anchor (`op5`, `fn1`) on a resolution's document page. */
export function anchorUrl(resolution: Resolution, anchor: string, site: URL | string): string {
	const { symbol, language } = resolution.facts;
	return `${absoluteUrl(resolutionPath(symbol, language), site)}#${anchor}`;
}

function voteJson(resolution: Resolution): VoteJson {
	const vote: Vote = resolution.facts.adopted.vote;
	if (vote.type === 'without-vote') return { type: 'without-vote' };
	const { inFavour, against, abstaining, voters } = vote;
	const states = statesVoting(resolution.facts, resolution.file);
	const slugs = (list: readonly { slug: string }[]) => list.map((state) => state.slug);
	return {
		type: 'recorded',
		inFavour,
		against,
		abstaining,
		voters: voters ? { inFavour: voters.inFavour, against: voters.against, abstaining: voters.abstaining } : null,
		states: states ? { inFavour: slugs(states.inFavour), against: slugs(states.against), abstaining: slugs(states.abstaining), notVoting: slugs(states.notVoting) } : null,
	};
}

/**
 * The content of `data.json` for one resolution, with URLs on `site`; its citations resolved in
 * `graph` (the build passes the session's; alone, a resolution knows only itself).
 */
export function resolutionJson(resolution: Resolution, site: URL | string, graph: CitationGraph = buildCitationGraph([resolution])): ResolutionJson {
	const { facts } = resolution;
	const { symbol, language } = facts;
	const page = absoluteUrl(resolutionPath(symbol, language), site);
	const t = useTranslations(language);
	// Footnote calls in the HTML point at the document page, so the HTML works out of context.
	const html = (content: readonly Inline[]) => inlineHtml(content, { footnoteLabel: t('footnote.call'), footnotesPage: page, language });
	// The HTML only where it says more than the text: most table cells and many headings are plain words.
	const words = (content: readonly Inline[]): TextJson => {
		const text = plainText(content);
		const markup = html(content);
		return markup === text ? { text } : { text, html: markup };
	};
	const optionalWords = (content: readonly Inline[]): TextJson | null => (content.length === 0 ? null : words(content));
	const footnote = (note: Footnote): FootnoteJson => ({ marker: note.marker, id: note.anchor, ...words(note.content), calledBy: note.blockAnchor });
	const base = (block: AnchoredBlock) => ({ id: block.anchor, akn4unId: block.akn4unId ?? null, footnotes: block.footnotes.map((note) => note.anchor), cites: block.cites });
	const point = (p: AnchoredPoint): PointJson => ({ id: p.anchor, num: p.num, ...words(p.content), akn4unId: p.akn4unId ?? null, points: p.points.map(point) });

	const paragraph = (block: Paragraph): ParagraphJson => ({
		type: 'paragraph',
		...base(block),
		kind: block.kind,
		num: block.num ?? null,
		number: block.ordinal,
		lead: block.lead ?? null,
		...words(block.content),
		points: block.points.map(point),
		wrapUp: block.wrapUp.map(words),
	});
	const node = (tree: TreeNode): BlockJson => {
		if (isContainer(tree)) {
			const children = tree.children.map(node);
			const block = tree.block;
			switch (block.type) {
				case 'part':
					return {
						type: 'part',
						...base(block),
						num: block.num,
						title: optionalWords((block as Part).content),
						enactingFormula: block.enactingFormula ? plainText(block.enactingFormula) : null,
						meeting: block.meeting ?? null,
						children,
					};
				case 'annex':
					return { type: 'annex', ...base(block), lines: (block as Annex).lines.map(words), children };
				case 'section':
					return { type: 'section', ...base(block), num: block.num ?? null, title: optionalWords((block as Section).content), children };
			}
		}
		const block = tree.block;
		switch (block.type) {
			case 'paragraph':
				return paragraph(block);
			case 'heading':
				return { type: 'heading', ...base(block), num: (block as Heading).num ?? null, ...words(block.content) };
			case 'table':
				return {
					type: 'table',
					...base(block),
					rows: (block as Table).rows.map((row, index) => {
						const id = block.rowAnchors[index]!;
						return { id, cells: row.cells.map((cell) => ({ header: cell.header, colspan: cell.colspan ?? 1, rowspan: cell.rowspan ?? 1, ...words(cell.content) })) };
					}),
				};
		}
	};
	const content = blockTree(resolution).map(node);

	return {
		$schema: absoluteUrl(resolutionJsonSchemaPath, site),
		version: resolutionJsonVersion,
		symbol,
		number: facts.number,
		title: facts.title ?? null,
		language,
		organization: facts.organization,
		body: facts.body,
		session: { number: facts.session.number ?? null, title: facts.session.title },
		agendaItem: { label: facts.agendaItem.label, numbers: facts.agendaItem.numbers, titles: facts.agendaItem.titles },
		issued: isoDate(facts.issued.date),
		adopted: {
			date: isoDate(facts.adopted.date),
			meeting: facts.adopted.meeting,
			record: facts.adopted.record ?? null,
			recordNote: facts.adopted.recordNote ?? null,
			vote: voteJson(resolution),
		},
		committee: facts.committee,
		proponent: resolution.proponent ? plainText(resolution.proponent) : null,
		drafts: facts.drafts,
		sponsors: facts.sponsors,
		additionalSponsors: facts.additionalSponsors,
		submittedBy: facts.submittedBy ?? null,
		reissued: facts.reissued,
		subjects: facts.subjects,
		sdgs: [...facts.sdgs].sort((a, b) => a - b),
		sdgTargets: facts.sdgTargets,
		url: page,
		officialText: undocsUrl(symbol, language),
		data: Object.fromEntries(dataFormats.map((format) => [format.key, absoluteUrl(dataPath(symbol, language, format.fileName), site)])),
		enactingFormula: resolution.enactingFormula ? plainText(resolution.enactingFormula) : null,
		content,
		paragraphs: resolution.paragraphs.map((p) => p.anchor),
		footnotes: resolution.footnotes.map(footnote),
		anchors: Object.fromEntries([
			...resolution.blocks.flatMap((block) => [...blockAnchors(block)].map(({ anchor, akn4unId }) => [anchor, akn4unId ?? null] as const)),
			// The model does not keep the UN's ids of footnotes (authorialNote): unknown.
			...resolution.footnotes.map((note) => [note.anchor, null] as const),
		]),
		citations: graph.citationsOf(symbol, language).map((citation) => {
			const here = citation.target && graph.languagesOf(citation.target.symbol).includes(language);
			const url = here ? `${absoluteUrl(resolutionPath(citation.target!.symbol, language), site)}${citation.target!.anchor ? `#${citation.target!.anchor}` : ''}` : null;
			return { from: citation.anchor, cites: citation.reference, symbol: citation.target?.symbol ?? null, url, paragraphs: citation.paragraphs };
		}),
		citedBy: graph.citedBy(symbol, language).map((entry) => ({
			symbol: entry.symbol,
			id: entry.anchor,
			designation: entry.designation,
			url: `${absoluteUrl(resolutionPath(entry.symbol, language), site)}#${entry.anchor}`,
			paragraphs: entry.paragraphs,
		})),
	};
}
