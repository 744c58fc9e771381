import { z } from 'astro/zod';
import { isDocumentSymbol } from '../lib/symbols';

/** A UN document symbol such as `A/RES/73/338`. */
export const documentSymbolSchema = z.string().refine(isDocumentSymbol, (value) => ({
	message: `expected a UN document symbol such as "A/RES/73/338", found "${value}"`,
}));

/**
 * A document as an undocs.org link names it: a symbol, or the forms the UN also links
 * ("A/76/49 (vol. I)", "S/RES/2334 (2016)", "A/RES/75/250b"). No surrounding space, no line break.
 */
export const documentReferenceSchema = z.string().refine((value) => /^[^\s/][^\n\r\t]*[^\s]$|^[^\s/]$/u.test(value), (value) => ({
	message: `expected the document an undocs.org link names, such as "A/RES/73/338", found ${JSON.stringify(value)}`,
}));

/**
 * Frontmatter of one block of a resolution's text: a paragraph, a heading, a section, a table, an
 * annex or a part. The file is named after the block's anchor (`op5.mdx`, `sec2-op3.mdx`); its body
 * is the block's text as printed (src/lib/block-content.ts says what each kind holds).
 */
export const blockSchema = z
	.object({
		/**
		 * What the block is: a `preambular` paragraph ("Recognizing …,"), an `operative` one ("5. Calls
		 * upon …;"), a `heading` in the text, a `section` whose paragraphs are numbered from 1, a
		 * `table`, an `annex`, or a `part` of a document holding several resolutions ("76/84 A").
		 */
		kind: z.enum(['preambular', 'operative', 'heading', 'section', 'table', 'annex', 'part']),
		/** Its place in the text, from 1: blocks are printed in this order. */
		position: z.number().int().positive(),
		/** The number or letter printed before it, exactly: "5.", "5 -" (Arabic), "(a)", "II", "B". */
		num: z.string().min(1).optional(),
		/** A paragraph's lead phrase, exactly as printed in italics: "Recognizing also". */
		lead: z.string().trim().min(1).optional(),
		/**
		 * The element id the UN's own Akoma Ntoso file gives this block (`container_2`, `para_25`),
		 * for cross-reference. Ids differ between languages; it is never our anchor.
		 */
		akn4unId: z.string().regex(/^\S+(?: \S+)*$/u).optional(),
		/** Documents the block or its footnotes link, as the links name them: `A/RES/73/338`. */
		cites: z.array(documentReferenceSchema).default([]),
		/** A part's enacting formula, as printed (Markdown): "*The General Assembly*,". */
		enactingFormula: z.string().min(1).optional(),
		/** A part's meeting, as printed after its text: "49th plenary meeting". */
		meeting: z.string().min(1).optional(),
	})
	.strict();

export type BlockData = z.infer<typeof blockSchema>;
