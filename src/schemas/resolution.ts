import { z } from 'astro/zod';
import { documentSymbolSchema } from './paragraph';

/** A date as the UN prints it, with its ISO form for machines. */
const printedDateSchema = z.object({
	/** The calendar date, written `YYYY-MM-DD` in the file. */
	date: z.coerce.date(),
	/** The date exactly as printed in this language, e.g. "1 August 2022". */
	label: z.string().min(1),
});

/** How the resolution was adopted. The words for it are interface strings, not content. */
const voteSchema = z.discriminatedUnion('type', [
	z.object({
		/** Adopted by consensus, with no vote taken. */
		type: z.literal('without-vote'),
	}),
	z.object({
		/** Adopted by a recorded vote. */
		type: z.literal('recorded'),
		/** Member States voting in favour. */
		inFavour: z.number().int().nonnegative(),
		/** Member States voting against. */
		against: z.number().int().nonnegative(),
		/** Member States abstaining. */
		abstaining: z.number().int().nonnegative(),
	}),
]);

/**
 * Frontmatter of a resolution's own file (`resolution.mdx`): the facts of the UN's metadata and
 * the lines printed around the paragraphs, in the file's language. Inline text fields accept
 * Markdown emphasis and links, as paragraph bodies do.
 */
export const resolutionSchema = z
	.object({
		/** The document symbol, e.g. `A/RES/76/299`. */
		symbol: documentSymbolSchema,
		/** The resolution's number as printed before its title, without the full stop: "76/299". */
		number: z.string().regex(/^[0-9]+\/[0-9]+$/, 'expected a resolution number such as "76/299"'),
		/** The title as printed, without the number. */
		title: z.string().min(1),
		/** Language of this file: one of the six official languages of the United Nations. */
		language: z.enum(['ar', 'zh', 'en', 'fr', 'ru', 'es']),
		/** "United Nations", as printed at the top of the cover. */
		organization: z.string().min(1),
		/** The organ that adopted it, as printed: "General Assembly". */
		body: z.string().min(1),
		/** The session of the General Assembly. */
		session: z.object({
			/** Its number: 76. */
			number: z.number().int().positive(),
			/** Its name as printed: "Seventy-sixth session". */
			title: z.string().min(1),
		}),
		/** The agenda item under which it was adopted. */
		agendaItem: z.object({
			/** Its number: 66. */
			number: z.number().int().positive(),
			/** The line as printed: "Agenda item 66". */
			label: z.string().min(1),
			/** Its title as printed: "Peacebuilding and sustaining peace". */
			title: z.string().min(1),
		}),
		/** The distribution line as printed: "Distr.: General". */
		distribution: z.string().min(1),
		/** The date of issue printed on the cover. */
		issued: printedDateSchema,
		/** The adoption: date, meeting, its verbatim record and the vote. */
		adopted: printedDateSchema.extend({
			/** The cover line: "Resolution adopted by the General Assembly on 28 July 2022". */
			heading: z.string().min(1),
			/** The meeting as printed after the text: "97th plenary meeting". */
			meeting: z.string().min(1),
			/** Symbol of the meeting's verbatim record: `A/76/PV.97`. */
			record: documentSymbolSchema,
			/** How it was adopted. */
			vote: voteSchema,
		}),
		/** The committee line in plain words: "without reference to a Main Committee". */
		committee: z.string().min(1),
		/** The bracketed cover line naming the drafts, with each draft linked (Markdown). */
		proponent: z.string().min(1),
		/** Symbols of the draft resolution and its addenda: `A/76/L.74`, `A/76/L.74/Add.1`. */
		drafts: z.array(documentSymbolSchema).min(1),
		/** The enacting formula before the preamble, as printed (Markdown): "*The General Assembly*,". */
		enactingFormula: z.string().min(1),
		/** Member States that sponsored the draft, as named in the UN's record. */
		sponsors: z.array(z.string().min(1)).default([]),
		/** Member States that joined as sponsors after the draft was issued. */
		additionalSponsors: z.array(z.string().min(1)).default([]),
		/** Subject headings of the UNBIS Thesaurus, as the UN library records them. */
		subjects: z.array(z.string().min(1)).default([]),
		/** Numbers of the Sustainable Development Goals the UN tags the resolution with. */
		sdgs: z.array(z.number().int().min(1).max(17)).default([]),
	})
	.strict();

export type ResolutionData = z.infer<typeof resolutionSchema>;
