import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  GraphQLError,
  isCompositeType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { GraphQLContext } from '../graphql/context';
import { LIMITS } from './hardening';

// The weights graphql-armor used, so the limit keeps its meaning: a field with a selection costs
// 2 plus 1.5 × each child, times its page size; a leaf costs 1.
const OBJECT_COST = 2;
const LEAF_COST = 1;
const DEPTH_FACTOR = 1.5;

type Fragments = Map<string, FragmentDefinitionNode>;
type Variables = Record<string, unknown>;
/** A field as selected, with the type that declares it (null where the schema does not know it). */
type Selected = { field: FieldNode; parent: GraphQLCompositeType | null };

/** The fields a selection set selects on `parent`, looking through inline fragments and fragment spreads. */
function fieldsOf(schema: GraphQLSchema, set: SelectionSetNode, parent: GraphQLCompositeType | null, fragments: Fragments): Selected[] {
  return set.selections.flatMap((selection): Selected[] => {
    if (selection.kind === Kind.FIELD) return [{ field: selection, parent }];
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
    if (!fragment) return [];
    const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
    return fieldsOf(schema, fragment.selectionSet, isCompositeType(condition) ? condition : null, fragments);
  });
}

/**
 * A field's page size: its `first` or `last`, read from a literal, from the request's variables,
 * or from the argument's default in the schema; 1 for a field that is not paged.
 */
function pageSize({ field, parent }: Selected, variables: Variables): number {
  const node = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
  let size: unknown;
  if (node)
    size = node.value.kind === Kind.VARIABLE ? variables[node.value.name.value] : node.value.kind === Kind.INT ? node.value.value : null;
  else if (parent && 'getFields' in parent)
    size = parent.getFields()[field.name.value]?.args.find((a) => a.name === 'first' || a.name === 'last')?.defaultValue;
  const number = Number(size);
  return Number.isFinite(number) && number > 1 ? number : 1;
}

/**
 * An operation's cost, computed with its variables, so `first: $n` costs what `first: 100` does.
 * Fragments were checked for cycles by validation; a selection's cost is remembered, so a fragment
 * spread many times is costed once.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Fragments,
  variables: Variables,
): number {
  const known = new Map<SelectionSetNode, number>();
  const childrenCost = (field: FieldNode, type: GraphQLCompositeType | null): number => {
    const set = field.selectionSet!;
    let cost = known.get(set);
    if (cost === undefined) {
      cost = fieldsOf(schema, set, type, fragments).reduce((sum, child) => sum + DEPTH_FACTOR * fieldCost(child), 0);
      known.set(set, cost);
    }
    return cost;
  };
  const fieldCost = (selected: Selected): number => {
    const { field, parent } = selected;
    if (field.name.value.startsWith('__')) return 0;
    if (!field.selectionSet) return LEAF_COST;
    const type = parent && 'getFields' in parent ? getNamedType(parent.getFields()[field.name.value]?.type) : null;
    return (OBJECT_COST + childrenCost(field, isCompositeType(type) ? type : null)) * pageSize(selected, variables);
  };
  const root = schema.getRootType(operation.operation) ?? null;
  return fieldsOf(schema, operation.selectionSet, root, fragments).reduce((sum, selected) => sum + fieldCost(selected), 0);
}

/** How many writes a mutation asks for: its top-level fields, aliases included. */
export function mutationFieldCount(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Fragments): number {
  if (operation.operation !== 'mutation') return 0;
  return fieldsOf(schema, operation.selectionSet, null, fragments).filter(({ field }) => !field.name.value.startsWith('__')).length;
}

const refusal = (message: string, code: string, status: number) => new GraphQLError(message, { extensions: { code, http: { status } } });

/**
 * The cost of operations that read no variable for it, by operation: Apollo hands back the same
 * parsed document for the same query text, so a repeated operation is costed once.
 */
const fixedCosts = new WeakMap<OperationDefinitionNode, { cost: number; writes: number }>();

function costAndWrites(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Variables) {
  const known = fixedCosts.get(operation);
  if (known) return known;
  const fragments: Fragments = new Map(
    document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  let readVariables = false;
  const watched = new Proxy(variables, {
    get: (target, name) => {
      readVariables = true;
      return target[name as string];
    },
  });
  const figures = {
    cost: Math.round(operationCost(schema, operation, fragments, watched)),
    writes: mutationFieldCount(schema, operation, fragments),
  };
  if (!readVariables) fixedCosts.set(operation, figures);
  return figures;
}

/** RATE_LIMITED (HTTP 429): the caller is over its budget, or would be with this request's `writes` mutation fields. */
export const rateLimited = (writes = 1) =>
  refusal(
    writes > 1
      ? `Quá nhiều yêu cầu: yêu cầu này có ${writes} thao tác ghi, mỗi thao tác được tính như một yêu cầu và vượt giới hạn mỗi phút; thử lại sau ít phút.`
      : 'Quá nhiều yêu cầu trong một phút; thử lại sau ít phút.',
    'RATE_LIMITED',
    429,
  );

/**
 * Limits that need the request's variables or its caller, checked once the operation is known and
 * before anything runs: the cost limit, and the rate limit counting every mutation field as one
 * request (twenty aliased writes are twenty requests' worth). The transport counted the operation
 * once when it arrived (an HTTP request, a message on the WebSocket), so the fields past the first
 * are counted here. Throws the refusal.
 */
export async function checkOperationLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
  spendRateLimit: (requests: number) => Promise<{ allowed: boolean }>,
): Promise<void> {
  const { cost, writes } = costAndWrites(schema, document, operation, variables);
  if (cost > LIMITS.maxCost)
    throw refusal(
      `Truy vấn quá tốn kém: chi phí ước tính ${cost} vượt giới hạn ${LIMITS.maxCost}; hãy lấy ít bản ghi hơn mỗi trang (first) hoặc bớt trường.`,
      'QUERY_TOO_COSTLY',
      400,
    );
  if (writes > 1 && !(await spendRateLimit(writes - 1)).allowed) throw rateLimited(writes);
}

/** checkOperationLimits for every HTTP request. */
export function operationLimits(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request, contextValue }) {
          if (operation) await checkOperationLimits(schema, document, operation, request.variables ?? {}, contextValue.spendRateLimit);
        },
      };
    },
  };
}
