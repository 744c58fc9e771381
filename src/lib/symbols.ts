/**
 * United Nations document symbols ("A/RES/73/338", "A/76/L.74/Add.1", "A/76/PV.97")
 * and their permanent links on undocs.org.
 */

/**
 * A symbol is a series letter group followed by slash-separated components: session or body
 * codes, special and emergency sessions ("S-10", "ES-10"), numbers with an optional year or
 * early session in Roman numerals ("2334(2016)", "1514(XV)", "1874(S-IV)"), and suffixes such as
 * "Add.1" or "Rev.2"; a resolution adopted in parts ends with its part letters after a space
 * ("A/RES/76/235 B", "A/RES/76/84 A-B").
 * No other spaces, no lower-case series, no trailing slash.
 */
const documentSymbolPattern =
	/^[A-Z]{1,6}(?:\/(?:[A-Z0-9]+(?:-[A-Z0-9]+)*(?:\.[0-9A-Z]+)*(?:\((?:[0-9]{4}|(?:E?S-)?[IVXLC]+)\))?|(?:Add|Rev|Corr|Amend)\.[0-9]+))+(?: [A-Z](?:-[A-Z])?)?$/;

/** Whether `value` is a well-formed UN document symbol. */
export function isDocumentSymbol(value: string): boolean {
	return documentSymbolPattern.test(value);
}

/** The undocs.org permalink of a document in one of the six official languages. */
export function undocsUrl(symbol: string, language: string): string {
	return `https://undocs.org/${language}/${symbol}`;
}

/**
 * The document an undocs.org permalink points to, as the link names it (decoded: "A/76/49 (vol. I)"),
 * or `undefined` for any other URL.
 */
export function symbolOfUndocsUrl(url: string): { symbol: string; language: string } | undefined {
	const match = /^https:\/\/undocs\.org\/(ar|zh|en|fr|ru|es)\/([^?#]+)$/.exec(url);
	if (!match) return undefined;
	let symbol: string;
	try {
		symbol = decodeURIComponent(match[2]!);
	} catch {
		return undefined;
	}
	return { language: match[1]!, symbol };
}

/** The undocs.org permalink of a document as a link names it, spaces and other URL syntax percent-encoded. */
export function undocsHref(symbol: string, language: string): string {
	return `https://undocs.org/${language}/${encodeURI(symbol).replace(/[?#]/g, encodeURIComponent)}`;
}

/** The session a resolution's symbol names: `76` for A/RES/76/10, `ES-11` for A/RES/ES-11/1; undefined for any other symbol. */
export function resolutionSession(symbol: string): string | undefined {
	return /^A\/RES\/([^/]+)\//u.exec(symbol)?.[1];
}
