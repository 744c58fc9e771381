import { z } from 'astro/zod';
import { isDocumentSymbol } from '../lib/symbols';

/** A UN document symbol such as `A/RES/73/338`. */
export const documentSymbolSchema = z.string().refine(isDocumentSymbol, (value) => ({
	message: `expected a UN document symbol such as "A/RES/73/338", found "${value}"`,
}));

/**
 * Frontmatter of one paragraph file. The file's body is the paragraph's text as printed,
 * beginning with the lead phrase in italics, with its footnotes as GFM footnotes (`[^1]`).
 */
export const paragraphSchema = z
	.object({
		/** Preambular paragraphs ("Recognizing …,") come before the operative ones ("1. Declares …;"). */
		kind: z.enum(['preambular', 'operative']),
		/** Position within its kind, from 1: preambular 1–20 and operative 1–10 in A/RES/76/299. */
		number: z.number().int().positive(),
		/** The leading phrase exactly as printed in italics, e.g. "Recognizing also" or "Calls upon". */
		lead: z.string().trim().min(1),
		/**
		 * The element id the UN's own Akoma Ntoso file gives this paragraph (`container_2`,
		 * `para_25`), for cross-reference. Ids differ between languages; it is not our anchor.
		 */
		akn4unId: z.string().regex(/^[A-Za-z][\w.-]*$/).optional(),
		/** Document symbols the paragraph or its footnotes cite and link, e.g. `A/RES/73/338`. */
		cites: z.array(documentSymbolSchema).default([]),
	})
	.strict();

export type ParagraphData = z.infer<typeof paragraphSchema>;
