import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { ReadModels } from '../../projections/read-models';
import { Role, type Actor } from '../kernel/actor';
import { describe, label, permitted, type Rule, type RuleInput } from './rules';
import { validatedInput } from './validated-input';

/** What the check reads of a request's context: its own shape, so authorization does not depend on src/graphql (which mounts it). */
export interface AuthorizationContext {
  actor: Actor;
  ports: { models: ReadModels };
}

/**
 * `@Authorized()` admits any verified caller (the request never gets this far without one);
 * `@Authorized<Rule>(...rules)` admits ADMIN and whoever one of the rules admits for this input.
 * type-graphql runs this before it validates the resolver's arguments, so the input is validated
 * here first: an invalid input answers BAD_USER_INPUT whoever sends it, and the rules read only
 * an input class-validator accepted. A refusal says what would have been needed; nothing is appended.
 */
export const authChecker: AuthChecker<AuthorizationContext, Rule> = async ({ args, context, info }, candidates) => {
  if (candidates.length === 0) return true;
  // The validated input class has these facts with these types, where it has them at all.
  authorize(candidates, context, await validatedInput(info, args));
  return true;
};

/** No rules admit any verified caller; rules admit ADMIN and whoever one of them admits for this input; FORBIDDEN otherwise. */
export function authorize(candidates: readonly Rule[], { actor, ports }: AuthorizationContext, input: RuleInput = {}): void {
  if (candidates.length > 0 && !permitted(candidates, actor, input, ports.models)) throw refusal(candidates, actor, input, ports.models);
}

/** The FORBIDDEN answer to an actor none of the rules admit: it says what would have been needed. */
export function refusal(candidates: readonly Rule[], actor: Actor, input: RuleInput, models: ReadModels): GraphQLError {
  const needed = [...candidates.filter((rule) => rule.role !== Role.ADMIN).map((rule) => describe(rule, input, models)), 'ADMIN'];
  return new GraphQLError(
    `Không có quyền: ${actor.role}${actor.unitId ? ` của đơn vị "${actor.unitId}"` : ''} không được thực hiện thao tác này; cần ${needed.join(' hoặc ')}.`,
    { extensions: { code: 'FORBIDDEN', requiredRules: candidates.map(label) } },
  );
}
