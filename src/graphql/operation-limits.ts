import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { GraphQLContext } from './context';
import { LIMITS } from './hardening';

// The weights graphql-armor used, so the limit keeps its meaning: a field with a selection costs
// 2 plus 1.5 × each child, times its page size; a leaf costs 1.
const OBJECT_COST = 2;
const LEAF_COST = 1;
const DEPTH_FACTOR = 1.5;

type Fragments = Map<string, FragmentDefinitionNode>;
type Variables = Record<string, unknown>;

/** A field's page size, read from a literal or from the request's variables; 1 when it has none. */
function pageSize(field: FieldNode, variables: Variables): number {
  const argument = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
  if (!argument) return 1;
  const { value } = argument;
  const size = value.kind === Kind.INT ? Number(value.value) : value.kind === Kind.VARIABLE ? Number(variables[value.name.value]) : NaN;
  return Number.isFinite(size) ? Math.max(1, size) : 1;
}

/** The fields a selection set selects, looking through inline fragments and fragment spreads. */
function fieldsOf(selectionSet: SelectionSetNode, fragments: Fragments): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    const set = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments.get(selection.name.value)?.selectionSet;
    return set ? fieldsOf(set, fragments) : [];
  });
}

/**
 * An operation's cost, computed with its variables, so `first: $n` costs what `first: 100` does.
 * Fragments were checked for cycles by validation; a selection set's cost is remembered, so a
 * fragment spread many times is costed once.
 */
export function operationCost(operation: OperationDefinitionNode, fragments: Fragments, variables: Variables): number {
  const known = new Map<SelectionSetNode, number>();
  const setCost = (set: SelectionSetNode): number => {
    let cost = known.get(set);
    if (cost === undefined) {
      cost = fieldsOf(set, fragments).reduce((sum, field) => sum + DEPTH_FACTOR * fieldCost(field), 0);
      known.set(set, cost);
    }
    return cost;
  };
  const fieldCost = (field: FieldNode): number => {
    if (field.name.value.startsWith('__')) return 0;
    if (!field.selectionSet) return LEAF_COST;
    return (OBJECT_COST + setCost(field.selectionSet)) * pageSize(field, variables);
  };
  return fieldsOf(operation.selectionSet, fragments).reduce((sum, field) => sum + fieldCost(field), 0);
}

/** How many writes a mutation asks for: its top-level fields, aliases included. */
export function mutationFieldCount(operation: OperationDefinitionNode, fragments: Fragments): number {
  if (operation.operation !== 'mutation') return 0;
  return fieldsOf(operation.selectionSet, fragments).filter((field) => !field.name.value.startsWith('__')).length;
}

const refusal = (message: string, code: string, status: number) => new GraphQLError(message, { extensions: { code, http: { status } } });

/**
 * Limits that need the request's variables or its caller, checked once the operation is known and
 * before anything runs: the cost limit, and every mutation field beyond the first counted against
 * the caller's rate limit (twenty aliased writes in one request are twenty requests' worth).
 */
export function operationLimits(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          if (!operation) return;
          const fragments: Fragments = new Map(
            document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const cost = Math.round(operationCost(operation, fragments, request.variables ?? {}));
          if (cost > LIMITS.maxCost)
            throw refusal(
              `Truy vấn quá tốn kém: chi phí ước tính ${cost} vượt giới hạn ${LIMITS.maxCost}; hãy lấy ít bản ghi hơn mỗi trang (first) hoặc bớt trường.`,
              'QUERY_TOO_COSTLY',
              400,
            );
          const writes = mutationFieldCount(operation, fragments);
          if (writes > 1 && !(await contextValue.spendRateLimit(writes - 1)))
            throw refusal(
              `Quá nhiều yêu cầu: yêu cầu này có ${writes} thao tác ghi, mỗi thao tác được tính như một yêu cầu và vượt giới hạn mỗi phút; thử lại sau ít phút.`,
              'RATE_LIMITED',
              429,
            );
        },
      };
    },
  };
}
