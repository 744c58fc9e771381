/**
 * The structure of a resolution's official text: the blocks the UN's files are made of, one type
 * per construct, in the order printed. The importer builds it from the UN's Akoma Ntoso, the
 * content files store it (one file per block, src/schemas/block.ts), and every view renders it.
 *
 * Blocks form a flat sequence; a `part`, an `annex` and a `section` open a scope that lasts until
 * the next block of the same or a wider kind (part ⊃ annex ⊃ section; sections never nest). Anchors
 * are not stored here: `assignAnchors()` derives them from this structure (src/lib/anchors.ts),
 * so that they read like the citation and are the same in every language whose file has the same
 * structure.
 */
import type { FootnoteSource, Inline } from './inline';

/** What every block keeps of the UN's file. */
interface BlockSource {
	/** The element id the UN's file gives this block (`para_25`), for cross-reference; not our anchor. */
	akn4unId?: string | undefined;
}

/**
 * A lettered sub-paragraph, "(a) …" in English, "а) …" in Russian: AKN `point` (in a `list` or a
 * preamble `blockList`). Its own points are its sub-paragraphs, "(i) …" (AKN `sublist`).
 */
export interface Point extends BlockSource {
	/** The letter or number as printed: "(a)", "а)", "(أ)", "㈠". Never used for the anchor. */
	num: string;
	content: Inline[];
	points: Point[];
}

/**
 * A paragraph of the text: preambular ("Recognizing …,", AKN `container` or, in a section,
 * `crossHeading`) or operative ("5. Calls upon …;", AKN `paragraph`), in the main body or in an
 * annex. Its text may introduce lettered sub-paragraphs and end with words after them.
 */
export interface Paragraph extends BlockSource {
	type: 'paragraph';
	kind: 'preambular' | 'operative';
	/** The number as printed: "5.", "5 -" (Arabic), "1.1"; absent where the UN prints none. */
	num?: string | undefined;
	/** The lead phrase, exactly as printed in italics (or bold), when the text begins with one. */
	lead?: string | undefined;
	/** The text before any sub-paragraphs; it begins with the lead phrase in emphasis when there is one. */
	content: Inline[];
	/** Lettered sub-paragraphs, in order. */
	points: Point[];
	/** Paragraphs of text printed after the sub-paragraphs ("and stresses …"), in order. */
	wrapUp: Inline[][];
}

/** A heading printed inside the text: "International Decade for People of African Descent". */
export interface Heading extends BlockSource {
	type: 'heading';
	/** A number or letter printed before it ("B."), when it has one. */
	num?: string | undefined;
	content: Inline[];
}

/**
 * A section of the text ("I. Financial performance report …"): its heading opens a scope whose
 * paragraphs are numbered from 1, as the UN numbers them (76/246, 76/240).
 */
export interface Section extends BlockSource {
	type: 'section';
	/** The section's number or letter as printed: "I", "A", "أولا", "一"; absent when none is printed. */
	num?: string | undefined;
	/** Its title, when printed. */
	content: Inline[];
}

/** A cell of a table. */
export interface TableCell {
	/** A header cell (`th`). */
	header: boolean;
	colspan?: number | undefined;
	rowspan?: number | undefined;
	/** Its text; empty for an empty cell. */
	content: Inline[];
}

/** A table (AKN `table` in a `container`), rows in order. */
export interface Table extends BlockSource {
	type: 'table';
	rows: { cells: TableCell[] }[];
}

/** An annex (AKN `attachment`): it opens the annex's scope; its lines ("Annex", the title) head it. */
export interface Annex extends BlockSource {
	type: 'annex';
	/** The lines printed at its head, each as inline text. */
	lines: Inline[][];
}

/**
 * One resolution of a document that holds several ("76/84 A", "76/84 B": AKN `component`): it
 * opens the part's scope, with its own enacting formula and place and date of adoption.
 */
export interface Part extends BlockSource {
	type: 'part';
	/** The letter of the part, as in its symbol: "A". */
	num: string;
	/** Its title as printed, without the letter. */
	content: Inline[];
	/** Its enacting formula, "*The General Assembly*,"; absent when the UN prints none. */
	enactingFormula?: Inline[] | undefined;
	/** The meeting as printed after its text: "49th plenary meeting". */
	meeting?: string | undefined;
}

export type Block = Paragraph | Heading | Section | Table | Annex | Part;
export type BlockType = Block['type'];

/** A block with the footnotes defined where it is printed (a content file holds both). */
export interface SourceBlock {
	block: Block;
	/** Footnotes called in the block's text, by marker, with their text. */
	footnotes: FootnoteSource[];
}

/** Every inline run of a block, in reading order, for checks and exports that look at all of its text. */
export function* blockTexts(block: Block): Generator<Inline[]> {
	switch (block.type) {
		case 'paragraph': {
			yield block.content;
			yield* pointTexts(block.points);
			yield* block.wrapUp;
			return;
		}
		case 'table':
			for (const row of block.rows) for (const cell of row.cells) yield cell.content;
			return;
		case 'annex':
			yield* block.lines;
			return;
		case 'part':
			yield block.content;
			if (block.enactingFormula) yield block.enactingFormula;
			return;
		default:
			yield block.content;
	}
}

function* pointTexts(points: readonly Point[]): Generator<Inline[]> {
	for (const point of points) {
		yield point.content;
		yield* pointTexts(point.points);
	}
}
