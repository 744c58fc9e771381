import { z } from 'astro/zod';
import { documentSymbolSchema } from './block';

/** A date as the UN prints it, with its ISO form for machines. */
const printedDateSchema = z.object({
	/** The calendar date, written `YYYY-MM-DD` in the file. */
	date: z.coerce.date(),
	/** The date exactly as printed in this language, e.g. "1 August 2022". */
	label: z.string().min(1),
});

/** Member States as the UN's record of a vote names them: "BOLIVIA (PLURINATIONAL STATE OF)". */
const memberStatesSchema = z.array(z.string().min(1)).default([]);

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
		/** Who voted how, as the UN's record names them (English capitals in every language); counts match. */
		voters: z
			.object({
				/** Those in favour. */
				inFavour: memberStatesSchema,
				/** Those against. */
				against: memberStatesSchema,
				/** Those abstaining. */
				abstaining: memberStatesSchema,
			})
			.strict()
			.optional(),
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
		/** The resolution's number as printed before its title, without the full stop: "76/299", "ES-11/1" ("د إ ط-11/1" in Arabic). */
		number: z.string().regex(/^\S(?:.*\S)?\/[0-9]+$/u, 'expected a resolution number such as "76/299" or "ES-11/1"'),
		/** The title as printed, without the number; absent where the UN's file has lost it. */
		title: z.string().min(1).optional(),
		/** Language of this file: one of the six official languages of the United Nations. */
		language: z.enum(['ar', 'zh', 'en', 'fr', 'ru', 'es']),
		/** "United Nations", as printed at the top of the cover. */
		organization: z.string().min(1),
		/** The organ that adopted it, as printed: "General Assembly". */
		body: z.string().min(1),
		/** The session of the General Assembly. */
		session: z.object({
			/** Its number: 76 (absent where the file does not give it, as for emergency special sessions). */
			number: z.number().int().positive().optional(),
			/** Its name as printed: "Seventy-sixth session" (empty where the UN's file leaves the line empty). */
			title: z.string(),
		}),
		/** The agenda item or items under which it was adopted. */
		agendaItem: z.object({
			/** The line as printed: "Agenda item 66", "Agenda items 20 and 78 (a)"; empty where the file leaves it empty. */
			label: z.string(),
			/** The items' numbers, with any sub-item: ["66"], ["72 (b)"], ["20", "78 (a)"]. */
			numbers: z.array(z.string().min(1)),
			/** The items' titles as printed, one line each (none, one or two): ["Peacebuilding and sustaining peace"]. */
			titles: z.array(z.string().min(1)),
		}),
		/** The distribution line as printed: "Distr.: General". */
		distribution: z.string().min(1),
		/** The date of issue printed on the cover. */
		issued: printedDateSchema,
		/** The adoption: date, meeting, its verbatim record and the vote. */
		adopted: printedDateSchema.extend({
			/** The cover line: "Resolution adopted by the General Assembly on 28 July 2022" (empty where the file leaves it empty). */
			heading: z.string(),
			/** The meeting as printed after the text: "97th plenary meeting". */
			meeting: z.string().min(1),
			/** Symbol of the meeting's verbatim record: `A/76/PV.97`; absent where the UN's record gives prose instead. */
			record: documentSymbolSchema.optional(),
			/** What the UN's record says instead of a record's symbol: "Adopted without vote, 48th plenary meeting". */
			recordNote: z.string().min(1).optional(),
			/** How it was adopted. */
			vote: voteSchema,
		}),
		/** The committee line in plain words: "without reference to a Main Committee", "on the report of the Third Committee". */
		committee: z.string().min(1),
		/** The bracketed cover line naming the drafts, with each draft linked (Markdown); absent where the file prints none. */
		proponent: z.string().min(1).optional(),
		/** Symbols of the draft resolution and its addenda, or of the committee's report: `A/76/L.74`, `A/76/462/Add.2`. */
		drafts: z.array(documentSymbolSchema).default([]),
		/** The enacting formula before the preamble, as printed (Markdown): "*The General Assembly*,"; per part in a document of parts. */
		enactingFormula: z.string().min(1).optional(),
		/** Member States that sponsored the draft, as named in the UN's record. */
		sponsors: z.array(z.string().min(1)).default([]),
		/** Member States that joined as sponsors after the draft was issued. */
		additionalSponsors: z.array(z.string().min(1)).default([]),
		/** Who submitted the draft when no State sponsored it, as the UN's record says: "the President of the General Assembly". */
		submittedBy: z.string().min(1).optional(),
		/** Whether the UN reissued the document (its file is a reissue). */
		reissued: z.boolean().default(false),
		/** Subject headings of the UNBIS Thesaurus, as the UN library records them, each once. */
		subjects: z
			.array(z.string().min(1))
			.default([])
			.refine((subjects) => new Set(subjects).size === subjects.length, (subjects) => ({
				message: `each subject once; repeated: ${[...new Set(subjects.filter((subject, i) => subjects.indexOf(subject) !== i))].join(', ')}`,
			})),
		/** Numbers of the Sustainable Development Goals the UN tags the resolution with. */
		sdgs: z.array(z.number().int().min(1).max(17)).default([]),
		/** Targets of those Goals the UN tags it with, as it writes them ("3.7", "14.a"), in its order; each target's Goal is among `sdgs`. */
		sdgTargets: z.array(z.string().regex(/^(?:[1-9]|1[0-7])\.(?:[1-9][0-9]?|[a-z])$/u, 'a target of a Goal, as the UN writes it: "3.7", "14.a"')).default([]),
	})
	.strict();

export type ResolutionData = z.infer<typeof resolutionSchema>;
