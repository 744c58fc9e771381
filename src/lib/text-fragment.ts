/**
 * Links to a selection of words: `#op5:~:text=…`. Browsers that support text fragments scroll to
 * and mark the words; the others still land on the paragraph (see the paragraph tools script).
 */

/** Percent-encodes a text directive term: `-`, `,` and `&` are syntax there and must be encoded too. */
export function encodeFragmentTerm(text: string): string {
	return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

export interface SelectedWords {
	/** The selected text. */
	text: string;
	/** Text of the paragraph before the selection. */
	before: string;
	/** Text of the paragraph after the selection. */
	after: string;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const lastWords = (text: string, count: number) => (count === 0 ? '' : (new RegExp(`(?:\\S+\\s*){1,${count}}$`).exec(text)?.[0] ?? ''));
const firstWords = (text: string, count: number) => (count === 0 ? '' : (new RegExp(`^(?:\\s*\\S+){1,${count}}`).exec(text)?.[0] ?? ''));

/**
 * The text directive for a selection, made unique on the page: `occursOnce(words)` tells whether
 * the words (context included, as printed) occur exactly once, and words of the paragraph are
 * added before and after (as `prefix-,` and `,-suffix`) until they do or the paragraph runs out.
 * Long selections are shortened to their first and last words (`start,end`).
 */
export function textDirective(selection: SelectedWords, occursOnce: (words: string) => boolean): string {
	const selected = words(selection.text);
	const quote = selected.length > 10 ? `${encodeFragmentTerm(selected.slice(0, 4).join(' '))},${encodeFragmentTerm(selected.slice(-4).join(' '))}` : encodeFragmentTerm(selected.join(' '));
	const most = Math.max(words(selection.before).length, words(selection.after).length);
	for (let context = 0; context <= most; context += 1) {
		const prefix = lastWords(selection.before, context);
		const suffix = firstWords(selection.after, context);
		if (occursOnce(`${prefix}${selection.text}${suffix}`)) {
			const prefixTerm = prefix.trim() ? `${encodeFragmentTerm(prefix.trim())}-,` : '';
			const suffixTerm = suffix.trim() ? `,-${encodeFragmentTerm(suffix.trim())}` : '';
			return `text=${prefixTerm}${quote}${suffixTerm}`;
		}
	}
	// Not unique even with the whole paragraph around it: the anchor still lands on the paragraph.
	return `text=${quote}`;
}

/** A URL to the paragraph `anchor` of `pageUrl`, scrolling to the selected words where supported. */
export function selectionUrl(pageUrl: string, anchor: string, directive: string): string {
	return `${pageUrl.replace(/#.*$/, '')}#${anchor}:~:${directive}`;
}
