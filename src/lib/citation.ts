/**
 * Citations as readers paste them into emails and papers:
 * "General Assembly resolution 76/246, sect. II, para. 3 (A/RES/76/246, 24 December 2021), <url>".
 * Pure and small: the copy button's script imports it too.
 */
import { citationLocator, citedNumber, type Locator, type LocatorStrings } from './locator';
import { fillTemplate } from './template';

export interface CitationFacts {
	/** "General Assembly". */
	body: string;
	/** "A/RES/76/299". */
	symbol: string;
	/** The adoption date as printed: "28 July 2022". */
	date: string;
}

/**
 * The citation of a place in a resolution, in the language of `strings`. A citation is the
 * reader's own sentence, pasted into emails and papers: the no-break spaces of the printed date
 * become ordinary ones, so the words match when searched for.
 */
export function formatCitation(strings: LocatorStrings, facts: CitationFacts, locator: Locator, url: string): string {
	const values = { ...facts, number: citedNumber(locator, strings), locator: citationLocator(locator, strings), url };
	return fillTemplate(strings['citation.text'], values).replace(/\u00a0/g, ' ');
}
