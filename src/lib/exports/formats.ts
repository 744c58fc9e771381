/**
 * The data files published beside each document page (`/A/RES/76/299/data.json`…). Their names
 * are part of the published URLs: they never change.
 */
export interface DataFormat {
	/** File name beside the document page. */
	fileName: 'data.json' | 'data.akn' | 'data.txt';
	/** Media type, for `<link rel="alternate">` and the `Content-Type` of the endpoint. */
	mediaType: string;
	/** Key of its name and description in the interface strings. */
	key: 'json' | 'akn' | 'txt';
}

export const dataFormats: readonly DataFormat[] = [
	{ fileName: 'data.json', mediaType: 'application/json', key: 'json' },
	{ fileName: 'data.akn', mediaType: 'application/akn+xml', key: 'akn' },
	{ fileName: 'data.txt', mediaType: 'text/plain', key: 'txt' },
];

/** Site path of the JSON Schema that describes `data.json`. */
export const resolutionJsonSchemaPath = '/schemas/resolution.json';

/**
 * Version of the shape of `data.json`, given in every file (`version`) and fixed by its schema.
 * 1: the flat list of paragraphs; 2: the text as a tree, with that list beside it (no `version`
 * field); 3: every text once, in the tree (docs/data-formats.md).
 */
export const resolutionJsonVersion = 3;

/** The format of a data file, by its file name. */
export function dataFormat(fileName: DataFormat['fileName']): DataFormat {
	return dataFormats.find((format) => format.fileName === fileName)!;
}
