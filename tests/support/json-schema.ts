/**
 * JSON Schema (draft 2020-12) validation with Ajv, strict, formats included: `date` and `uri`
 * are defined here instead of adding a package for two formats.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addFormat('date', /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
ajv.addFormat('uri', (value: string) => URL.canParse(value) && /^[a-z][a-z0-9+.-]*:/i.test(value));

/** Compiles a schema; throws when the schema itself is not valid draft 2020-12. */
export function compileSchema(schema: object): ValidateFunction {
	return ajv.compile(schema);
}

/** The errors of the last validation, one line each, for assertion messages. */
export function schemaErrors(validate: ValidateFunction): string {
	return ajv.errorsText(validate.errors, { separator: '\n' });
}
