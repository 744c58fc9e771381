/**
 * schema.org metadata (JSON-LD) for search engines and other machines: the resolution as a
 * `Legislation`, and each paragraph's own entry for its page.
 *
 * Both stay small whatever the length of the text, inside the pages' size budget: the document
 * page's `hasPart` names only the structure of the text (its parts, annexes and sections, by name
 * and `@id`), never each paragraph, and a paragraph's own page names the paragraph and the
 * resolution it is part of (`isPartOf`), the two joined on `@id`. Neither repeats the words: they
 * are the page's own, and data.json gives them to machines whole.
 */
import { useTranslations } from '../../i18n/ui';
import { paragraphDesignation } from '../designations';
import { plainText } from '../inline';
import type { AnchoredBlock, Paragraph, Resolution } from '../resolution';
import type { Annex, Part, Section } from '../structure';
import { undocsUrl } from '../symbols';
import { absoluteUrl, dataPath, resolutionPath } from '../urls';
import { dataFormats } from './formats';
import { anchorUrl, isoDate } from './json';
import { blockTree, isContainer } from './tree';

type JsonLd = Record<string, unknown>;

const context = 'https://schema.org';
// The site's copies are not the official text; schema.org has a value for that.
const unofficial = 'https://schema.org/UnofficialLegalValue';

/** The symbol of a part of a document of parts: "A/RES/76/84 A" in "A/RES/76/84 A-B". */
export function partSymbol(symbol: string, letter: string): string {
	return `${symbol.replace(/ [A-Z](?:-[A-Z])?$/, '')} ${letter}`;
}

/** A section, annex or part by its printed words: "I Financial performance report", "Annex". */
function containerLabel(block: AnchoredBlock<Section> | AnchoredBlock<Annex>): string {
	if (block.type === 'annex') return plainText(block.lines[0] ?? []).trim();
	return [block.num, plainText(block.content).trim()].filter(Boolean).join(' ');
}

/**
 * "A/RES/76/299, Operative paragraph 5"; in a structure, the part's symbol and the section's or
 * annex's printed label come first ("A/RES/76/240, C, Operative paragraph 1"). A paragraph without
 * a number of its own is named by its lead phrase or first words.
 */
function paragraphName(resolution: Resolution, paragraph: Paragraph): string {
	const { part, annex, section } = paragraph.scope;
	const symbol = part ? partSymbol(resolution.facts.symbol, part.num) : resolution.facts.symbol;
	const where = [annex, section].filter((b) => b !== undefined).map((b) => containerLabel(b));
	const numbered = /(?:^|-)(?:pp|op)[0-9]+$/.test(paragraph.anchor) && typeof paragraph.ordinal === 'number';
	const own = numbered
		? paragraphDesignation({ kind: paragraph.kind, number: paragraph.ordinal as number }, useTranslations(resolution.facts.language))
		: (paragraph.lead ?? `${plainText(paragraph.content).trim().split(/\s+/).slice(0, 6).join(' ')}…`);
	return [symbol, ...where, own].join(', ');
}

/** The resolution by reference: what a part points to with `isPartOf`. */
function resolutionReference(resolution: Resolution, site: URL | string): JsonLd {
	const { symbol, language, title } = resolution.facts;
	const url = absoluteUrl(resolutionPath(symbol, language), site);
	return { '@type': 'Legislation', '@id': url, url, ...(title === undefined ? {} : { name: title }), legislationIdentifier: symbol };
}

/**
 * A part of the text as the document page lists it: its URL as `@id` and its name, nothing
 * more. A long resolution lists hundreds, and the page's size budget holds them all this way.
 */
function partReference(url: string, name: string): JsonLd {
	return { '@type': 'Legislation', '@id': url, name };
}

/** The parts the document page lists: the parts, annexes and sections at the top of the tree. */
function topParts(resolution: Resolution, site: URL | string): JsonLd[] {
	const { symbol } = resolution.facts;
	return blockTree(resolution).flatMap((node): JsonLd[] => {
		if (!isContainer(node)) return [];
		const url = anchorUrl(resolution, node.block.anchor, site);
		const block = node.block;
		if (block.type === 'part') {
			const name = partSymbol(symbol, (block as AnchoredBlock<Part>).num);
			return [{ ...partReference(url, name), ...(block.content.length > 0 ? { alternateName: plainText(block.content).trim() } : {}) }];
		}
		return [partReference(url, `${symbol}, ${containerLabel(block as AnchoredBlock<Section> | AnchoredBlock<Annex>)}`)];
	});
}

/** A paragraph's entry, identified by its anchor URL on the document page. */
function paragraphEntry(resolution: Resolution, paragraph: Paragraph, site: URL | string): JsonLd {
	const url = anchorUrl(resolution, paragraph.anchor, site);
	const name = paragraphName(resolution, paragraph);
	return { '@type': 'Legislation', '@id': url, url, name, legislationIdentifier: name, inLanguage: resolution.facts.language };
}

/** The JSON-LD of the document page: the resolution and the parts of its text, if it has any. */
export function resolutionStructuredData(resolution: Resolution, site: URL | string): JsonLd {
	const { facts } = resolution;
	const { symbol, language } = facts;
	const t = useTranslations(language);
	const parts = topParts(resolution, site);
	return {
		'@context': context,
		...resolutionReference(resolution, site),
		legislationType: t('legislation.type'),
		legislationDate: isoDate(facts.adopted.date),
		datePublished: isoDate(facts.issued.date),
		legislationPassedBy: { '@type': 'Organization', name: facts.body, parentOrganization: { '@type': 'Organization', name: facts.organization } },
		legislationLegalValue: unofficial,
		inLanguage: language,
		keywords: facts.subjects,
		sameAs: undocsUrl(symbol, language),
		isBasedOn: facts.drafts.map((draft) => ({ '@type': 'CreativeWork', name: draft, identifier: draft, url: undocsUrl(draft, language) })),
		encoding: dataFormats.map((format) => ({
			'@type': 'LegislationObject',
			contentUrl: absoluteUrl(dataPath(symbol, language, format.fileName), site),
			encodingFormat: format.mediaType,
			legislationLegalValue: unofficial,
		})),
		...(parts.length > 0 ? { hasPart: parts } : {}),
	};
}

/** The JSON-LD of one paragraph's own page: the paragraph, part of the resolution. */
export function paragraphStructuredData(resolution: Resolution, paragraph: Paragraph, site: URL | string): JsonLd {
	return { '@context': context, ...paragraphEntry(resolution, paragraph, site), isPartOf: resolutionReference(resolution, site) };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text can close the element. */
export function jsonLdScript(data: JsonLd): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
