/**
 * Where a piece of a resolution is, as a reader names it: "Section II, paragraph 3", "Operative
 * paragraph 5 (a) (ii)", and as a citation locates it: "sect. II, para. 3", "para. 5 (a) (ii)".
 * Pure and small, with its strings passed in: the server names blocks from the model
 * (src/lib/designations.ts), and the copy button's script names them from the page, with the same
 * code, so that a copied citation and the page always agree.
 */
import type { UiKey } from '../i18n/ui';
import { fillTemplate } from './template';

/** The interface strings naming places in the text (passed to the page's script as one JSON attribute). */
export type LocatorKey = Extract<
	UiKey,
	`designation.${'preambular' | 'operative' | 'unnumbered' | 'table' | 'part' | 'section' | 'annex' | 'scoped' | 'points'}` | `designation.inner.${string}` | `citation.${string}`
>;

export type LocatorStrings = Record<LocatorKey, string>;

/** What a place in the text is, and where it is. */
export interface Locator {
	/** The block itself: a paragraph (numbered or not), a table, or a scope. */
	kind: 'preambular' | 'operative' | 'unnumbered' | 'table' | 'section' | 'annex' | 'part';
	/** The resolution's number: "76/84". */
	number: string;
	/** The letter of its part, "B", when the document holds several resolutions. */
	part?: string | undefined;
	/**
	 * Its annex, by the label printed at its head when that is short ("Annex", "Annex I"); an
	 * empty string where the label is long or missing (the interface word is used then).
	 */
	annex?: string | undefined;
	/** Its section, by its printed number ("II"), or its title where none is printed. */
	section?: string | undefined;
	/** A paragraph's number in its scope (5, "1.1"), a table's place in its scope. */
	n?: string | number | undefined;
	/** The printed letters of the sub-paragraphs, outermost first: ["(a)", "(ii)"]. */
	points?: readonly string[] | undefined;
}

/** The label of an annex where it stands after another scope: "annex", "приложение". */
function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

type Form = 'designation' | 'citation';

/** The pieces of a place, widest first, each in the form it takes at its position. */
function pieces(locator: Locator, s: LocatorStrings, form: Form): string[] {
	const out: string[] = [];
	const inner = () => out.length > 0;
	const n = (locator.points ?? []).reduce<string>((acc, point) => fillTemplate(s[`${form}.points`], { n: acc, points: point }), String(locator.n ?? ''));
	if (locator.part !== undefined && form === 'designation') out.push(fillTemplate(s['designation.part'], { number: locator.number, num: locator.part }));
	if (locator.kind === 'part') return out;
	if (locator.annex !== undefined) {
		const label = locator.annex || (form === 'citation' ? s['citation.annex'] : s['designation.annex']);
		out.push(form === 'citation' || inner() ? lowerFirst(label) : label);
	}
	if (locator.kind === 'annex') return out;
	if (locator.section !== undefined) {
		const key = form === 'citation' ? 'citation.section' : inner() ? 'designation.inner.section' : 'designation.section';
		out.push(fillTemplate(s[key], { num: locator.section }));
	}
	if (locator.kind === 'section') return out;
	const kind = locator.kind;
	const key: keyof LocatorStrings = form === 'citation' ? `citation.${kind}` : inner() ? `designation.inner.${kind}` : `designation.${kind}`;
	out.push(fillTemplate(s[key], { n }));
	return out;
}

function joined([first = '', ...rest]: string[], template: string): string {
	return rest.reduce((scope, own) => fillTemplate(template, { scope, own }), first);
}

/** What a reader calls the place: "Section II, paragraph 3", "Resolution 76/84 B, paragraph 1". */
export function designate(locator: Locator, s: LocatorStrings): string {
	return joined(pieces(locator, s, 'designation'), s['designation.scoped']);
}

/** How a citation locates the place within its resolution: "sect. II, para. 3", "para. 5 (a) (ii)". */
export function citationLocator(locator: Locator, s: LocatorStrings): string {
	return joined(pieces(locator, s, 'citation'), s['citation.scoped']);
}

/** The resolution as a citation names it: "76/84 B" for part B. */
export function citedNumber(locator: Pick<Locator, 'number' | 'part'>, s: LocatorStrings): string {
	return locator.part === undefined ? locator.number : fillTemplate(s['citation.part'], { number: locator.number, num: locator.part });
}
