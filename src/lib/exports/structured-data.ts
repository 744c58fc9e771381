/**
 * schema.org metadata (JSON-LD) for search engines and other machines: the resolution as a
 * `Legislation` with one part per paragraph, and each paragraph's own entry for its page.
 */
import { useTranslations } from '../../i18n/ui';
import { paragraphDesignation } from '../designations';
import { plainText } from '../inline';
import type { Paragraph, Resolution } from '../resolution';
import { undocsUrl } from '../symbols';
import { absoluteUrl, dataPath, resolutionPath } from '../urls';
import { dataFormats } from './formats';
import { anchorUrl, isoDate } from './json';

type JsonLd = Record<string, unknown>;

const context = 'https://schema.org';
// The site's copies are not the official text; schema.org has a value for that.
const unofficial = 'https://schema.org/UnofficialLegalValue';

/** "A/RES/76/299, Operative paragraph 5": how a paragraph is named among all resolutions. */
function paragraphName(resolution: Resolution, paragraph: Paragraph): string {
	return `${resolution.facts.symbol}, ${paragraphDesignation(paragraph, useTranslations(resolution.facts.language))}`;
}

/** The resolution by reference: what a part points to with `isPartOf`. */
function resolutionReference(resolution: Resolution, site: URL | string): JsonLd {
	const { symbol, language, title } = resolution.facts;
	const url = absoluteUrl(resolutionPath(symbol, language), site);
	return { '@type': 'Legislation', '@id': url, url, name: title, legislationIdentifier: symbol };
}

/** A paragraph as a part of the resolution, identified by its anchor URL on the document page. */
function paragraphEntry(resolution: Resolution, paragraph: Paragraph, site: URL | string): JsonLd {
	const url = anchorUrl(resolution, paragraph.anchor, site);
	const designation = paragraphName(resolution, paragraph);
	return {
		'@type': 'Legislation',
		'@id': url,
		url,
		name: designation,
		legislationIdentifier: designation,
		inLanguage: resolution.facts.language,
		text: plainText(paragraph.content),
	};
}

/** The JSON-LD of the document page: the resolution and its 30 parts. */
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
		hasPart: resolution.paragraphs.map((paragraph) => paragraphEntry(resolution, paragraph, site)),
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
