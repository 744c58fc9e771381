import { z } from 'astro/zod';
import { documentSymbolSchema } from './block';

/**
 * content/withdrawn-changes.json: the resolutions whose changes pages were published for a
 * predecessor the continuity rules no longer find (src/lib/changes/withdrawn.ts).
 */
export const withdrawnChangesSchema = z
	.object({
		/** Why the file exists, for whoever opens it. */
		$comment: z.string().optional(),
	})
	.catchall(
		/** A resolution by its symbol (`A/RES/77/4`): why its changes pages were withdrawn. */
		z.string().min(1, 'expected why the changes pages were withdrawn'),
	)
	.superRefine((value, context) => {
		for (const key of Object.keys(value)) {
			if (key !== '$comment' && !documentSymbolSchema.safeParse(key).success) context.addIssue({ code: 'custom', path: [key], message: `expected a resolution symbol such as "A/RES/77/4", found "${key}"` });
		}
	});
