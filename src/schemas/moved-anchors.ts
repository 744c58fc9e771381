import { z } from 'astro/zod';
import { documentSymbolSchema } from './block';

/** An anchor as the site writes them: `op5`, `annex-sec5-op4-d`, `B-op9`. */
const anchorSchema = z.string().regex(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/u, 'expected an anchor such as "op5" or "annex-sec5-op4-d"');

/**
 * content/moved-anchors.json: the anchors a corrected import moved, so that a link first published
 * keeps landing on the same words (src/lib/moved-anchors.ts).
 */
export const movedAnchorsSchema = z
	.object({
		/** Why the file exists, for whoever opens it. */
		$comment: z.string().optional(),
	})
	.catchall(
		/** A resolution by its symbol (`A/RES/76/120`): its languages. */
		z.record(
			/** A language code (`ru`): the anchors moved in that language's text. */
			z.enum(['ar', 'zh', 'en', 'fr', 'ru', 'es']),
			/** The anchor as first published → the anchor of the same words now. */
			z.record(anchorSchema, anchorSchema),
		),
	)
	.superRefine((value, context) => {
		for (const key of Object.keys(value)) {
			if (key !== '$comment' && !documentSymbolSchema.safeParse(key).success) context.addIssue({ code: 'custom', path: [key], message: `expected a resolution symbol such as "A/RES/76/120", found "${key}"` });
		}
	});
