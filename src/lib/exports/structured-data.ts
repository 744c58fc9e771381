/**
 * schema.org metadata (JSON-LD) for search engines and other machines: the resolution as a
 * `Legislation`, and each paragraph's own entry for its page.
 *
 * The document page carries it in its head, inside the page's size budget: its `hasPart` names
 * the parts of the text at the top of the tree (the paragraphs of a resolution without
 * structure; the parts, annexes and sections of one with), each by name and URL only, never with
 * its words, which the page itself and each paragraph's own page carry. A paragraph's own page
 * gives its full entry, `text` included, `isPartOf` the resolution; the two join on `@id`.
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

/** A part of the text by name and URL, as the document page lists it. */
function partEntry(url: string, name: string): JsonLd {
	return { '@type': 'Legislation', '@id': url, url, name, legislationIdentifier: name };
}

/** The parts the document page lists: the blocks at the top of the tree that have a name. */
function topParts(resolution: Resolution, site: URL | string): JsonLd[] {
	const { symbol } = resolution.facts;
	return blockTree(resolution).flatMap((node): JsonLd[] => {
		const url = anchorUrl(resolution, node.block.anchor, site);
		if (isContainer(node)) {
			const block = node.block;
			if (block.type === 'part') {
				const name = partSymbol(symbol, (block as AnchoredBlock<Part>).num);
				return [{ ...partEntry(url, name), ...(block.content.length > 0 ? { alternateName: plainText(block.content).trim() } : {}) }];
			}
			return [partEntry(url, `${symbol}, ${containerLabel(block as AnchoredBlock<Section> | AnchoredBlock<Annex>)}`)];
		}
		return node.block.type === 'paragraph' ? [partEntry(url, paragraphName(resolution, node.block))] : [];
	});
}

/** A paragraph's full entry, identified by its anchor URL on the document page. */
function paragraphEntry(resolution: Resolution, paragraph: Paragraph, site: URL | string): JsonLd {
	const url = anchorUrl(resolution, paragraph.anchor, site);
	const name = paragraphName(resolution, paragraph);
	const words = [plainText(paragraph.content), ...paragraph.points.flatMap(function texts(point): string[] {
		return [`${point.num} ${plainText(point.content)}`, ...point.points.flatMap(texts)];
	}), ...paragraph.wrapUp.map(plainText)];
	return { ...partEntry(url, name), inLanguage: resolution.facts.language, text: words.filter((text) => text.trim() !== '').join('\n') };
}

/** The JSON-LD of the document page: the resolution and the parts at the top of its text. */
export function resolutionStructuredData(resolution: Resolution, site: URL | string): JsonLd {
	const { facts } = resolution;
	const { symbol, language } = facts;
	const t = useTranslations(language);
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
		hasPart: topParts(resolution, site),
	};
}

/** The JSON-LD of one paragraph's own page: the paragraph with its words, part of the resolution. */
export function paragraphStructuredData(resolution: Resolution, paragraph: Paragraph, site: URL | string): JsonLd {
	return { '@context': context, ...paragraphEntry(resolution, paragraph, site), isPartOf: resolutionReference(resolution, site) };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text can close the element. */
export function jsonLdScript(data: JsonLd): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
