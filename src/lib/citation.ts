/**
 * Citations as readers paste them into emails and papers:
 * "General Assembly resolution 76/299, para. 5 (A/RES/76/299, 28 July 2022), <url>".
 * Pure and small: the copy button's script imports it too.
 */
import { fillTemplate } from './template';

export interface CitationFacts {
	/** "General Assembly". */
	body: string;
	/** "76/299". */
	number: string;
	/** "A/RES/76/299". */
	symbol: string;
	/** The adoption date as printed: "28 July 2022". */
	date: string;
}

/**
 * Fills a citation template ("{body} resolution {number}, para. {n} ({symbol}, {date}), {url}").
 * A citation is the reader's own sentence, pasted into emails and papers: the no-break spaces
 * of the printed date become ordinary ones, so the words match when searched for.
 */
export function formatCitation(template: string, facts: CitationFacts, paragraphNumber: number, url: string): string {
	return fillTemplate(template, { ...facts, n: paragraphNumber, url }).replace(/\u00a0/g, ' ');
}
