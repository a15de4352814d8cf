import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { getNamedType, isInputObjectType, type GraphQLResolveInfo } from 'graphql';
import { ArgumentValidationError, getMetadataStorage } from 'type-graphql';

/**
 * The class-validator options of every input; the schema hands the same ones to type-graphql.
 * forbidUnknownValues: an input object that is not the declared class is refused;
 * skipMissingProperties: GraphQL already refused a missing required field (type-graphql's default).
 */
export const VALIDATION: ValidatorOptions = { forbidUnknownValues: true, skipMissingProperties: true };

type Fields = { name: string; getType: () => unknown }[];

/** The declared fields of an input class, its registered ancestors' included (CommandInput's commandId); null for no input class. */
function fieldsOf(target: unknown): Fields | null {
  const inputTypes = getMetadataStorage().inputTypes;
  if (!inputTypes.some((type) => type.target === target)) return null;
  const fields: Fields = [];
  for (let type: unknown = target; typeof type === 'function'; type = Object.getPrototypeOf(type))
    fields.push(...(inputTypes.find((input) => input.target === type)?.fields ?? []));
  return fields;
}

/** The GraphQL value as an instance of its input class, nested inputs too, as type-graphql builds it for the resolver. */
function instanceOf(target: unknown, value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => instanceOf(target, item));
  const fields = fieldsOf(target);
  if (!fields) return value;
  const instance = new (target as new () => Record<string, unknown>)();
  for (const key of Object.keys(instance)) if (instance[key] === undefined) delete instance[key];
  for (const field of fields) {
    const given = (value as Record<string, unknown>)[field.name];
    if (given !== undefined) instance[field.name] = instanceOf(field.getType(), given);
  }
  return instance;
}

/**
 * The facts authorization reads: the field's `input` argument once class-validator has accepted it
 * (an invalid one throws BAD_USER_INPUT here, before any rule is asked), or the field's scalar
 * arguments, which GraphQL has already coerced. type-graphql validates the same instance again
 * when it builds the resolver's parameters; that second pass cannot fail.
 */
export async function validatedInput(info: GraphQLResolveInfo, args: Record<string, unknown>): Promise<Record<string, unknown>> {
  const declared = info.parentType.getFields()[info.fieldName]?.args.find((arg) => arg.name === 'input');
  if (!declared) return args;
  const inputType = getNamedType(declared.type);
  const target = isInputObjectType(inputType)
    ? getMetadataStorage().inputTypes.find((type) => type.name === inputType.name)?.target
    : undefined;
  if (!target) return args;
  const input = instanceOf(target, args.input) as Record<string, unknown>;
  try {
    await validateOrReject(input, VALIDATION);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
  return input;
}
