/**
 * What the importer keeps while it reads one file: the problems it finds (every one, before it
 * fails), the notes on the normalisations it applies, and the text it deliberately leaves out,
 * which the completeness check (completeness.ts) accounts for exactly.
 */
import { ContentError } from '../content-error';
import { elementPath, nearestId, type Element } from './xml';

export type Language = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';

/** FRBRlanguage codes (ISO 639-2, both B and T forms) to the site's language codes. */
export const languageCodes: Record<string, Language> = {
	ara: 'ar',
	chi: 'zh',
	zho: 'zh',
	eng: 'en',
	fre: 'fr',
	fra: 'fr',
	rus: 'ru',
	spa: 'es',
};

/** One thing the importer does not understand, with the element it found it in. */
export class ImportProblem extends ContentError {
	constructor(
		/** A short name for the construct, shared by every file that has it: "element <list>". */
		readonly kind: string,
		file: string,
		element: string,
		expected: string,
		found: string,
	) {
		super(file, element, expected, found);
		this.name = 'ImportProblem';
	}
}

/** A file that cannot be imported, with every problem found in it. */
export class ImportError extends Error {
	constructor(
		readonly file: string,
		readonly problems: ImportProblem[],
	) {
		super(problems.map((problem) => problem.message).join('\n'));
		this.name = 'ImportError';
	}
}

/** Text of the file that a normalisation leaves out on purpose, with the element it is in. */
export interface Dropped {
	/** The element whose text it is (a `<sup>`, a footnote's `<p>`, a `<docNumber>`). */
	element: Element;
	text: string;
	why: string;
}

export class Reader {
	readonly problems: ImportProblem[] = [];
	readonly notes: string[] = [];
	readonly dropped: Dropped[] = [];
	constructor(
		readonly file: string,
		readonly language: Language,
	) {}

	problem(kind: string, element: Element | string, expected: string, found: string): undefined {
		const path = typeof element === 'string' ? element : elementPath(element);
		this.problems.push(new ImportProblem(kind, this.file, path, expected, found));
		return undefined;
	}

	/** A normalisation applied, for the report: "para_43: … (eId)". */
	note(element: Element | undefined, what: string): void {
		this.notes.push(`${nearestId(element)}: ${what}`);
	}

	drop(element: Element, text: string, why: string): void {
		if (text !== '') this.dropped.push({ element, text, why });
	}
}
