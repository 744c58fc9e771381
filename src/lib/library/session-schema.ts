/** JSON Schema (draft 2020-12) of the session index, `/A/RES/76/data.json`, published at `/schemas/session.json`. */
import { absoluteUrl } from '../urls';
import { sessionSchemaPath } from './paths';
import { sessionDataVersion } from './session-data';
import { adoptions, committees } from './session';

export function sessionJsonSchema(site: URL | string) {
	const url = { type: 'string', format: 'uri' };
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		$id: absoluteUrl(sessionSchemaPath, site),
		title: 'A session of the UN General Assembly: its resolutions',
		type: 'object',
		additionalProperties: false,
		required: ['$schema', 'version', 'session', 'url', 'count', 'resolutions'],
		properties: {
			$schema: { ...url, description: 'This schema.' },
			version: { const: sessionDataVersion, description: 'Version of the shape of this file; raised when a field changes meaning or goes.' },
			session: { type: 'string', description: 'The session as its symbols name it: "76", "ES-11".' },
			url: { ...url, description: 'This file.' },
			count: { type: 'integer', minimum: 0, description: 'The number of resolutions listed.' },
			resolutions: {
				type: 'array',
				description: 'Every resolution of the session the site publishes, in number order.',
				items: {
					type: 'object',
					additionalProperties: false,
					required: ['symbol', 'number', 'adopted', 'agendaItems', 'committee', 'adoption', 'subjects', 'sdgs', 'languages'],
					properties: {
						symbol: { type: 'string', description: 'The document symbol: "A/RES/76/10".' },
						number: { type: 'string', description: 'The resolution number as printed in English: "76/10".' },
						adopted: { type: 'string', format: 'date', description: 'The date of adoption.' },
						agendaItems: { type: 'array', items: { type: 'string' }, description: 'The agenda items, with sub-items: ["72 (b)"].' },
						committee: { enum: [...committees], description: 'The Main Committee whose report it was adopted on, or "plenary" (without reference to a Main Committee).' },
						adoption: {
							type: 'object',
							additionalProperties: false,
							required: ['type'],
							description: 'How it was adopted; with a recorded vote, the counts.',
							properties: {
								type: { enum: [...adoptions] },
								inFavour: { type: 'integer', minimum: 0 },
								against: { type: 'integer', minimum: 0 },
								abstaining: { type: 'integer', minimum: 0 },
							},
						},
						subjects: { type: 'array', items: { type: 'string' }, description: 'Subject headings of the UNBIS Thesaurus, as the UN library records them.' },
						sdgs: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 17 }, description: 'Sustainable Development Goals the UN tags it with.' },
						languages: {
							type: 'object',
							description: 'Each official language it is published in (ar, zh, en, fr, ru, es): its title and the URLs of its page and data files.',
							propertyNames: { enum: ['ar', 'zh', 'en', 'fr', 'ru', 'es'] },
							additionalProperties: {
								type: 'object',
								additionalProperties: false,
								required: ['title', 'page', 'data'],
								properties: {
									title: { type: ['string', 'null'], description: 'The title as printed; null where the UN file has lost it.' },
									page: url,
									data: { type: 'object', additionalProperties: url, description: 'data.json, data.akn, data.txt.' },
								},
							},
						},
					},
				},
			},
		},
	};
}
