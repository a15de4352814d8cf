import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { ReadModels } from '../../projections/read-models';
import { Role, type Actor } from '../domain/shared/actor';
import { describe, permitted } from './rules';

/** What the check reads of a request's context: its own shape, so authorization does not depend on src/graphql (which mounts it). */
export interface AuthorizationContext {
  actor: Actor;
  app: { models: ReadModels };
}

/**
 * `@Authorized()` admits any verified caller (the request never gets this far without one);
 * `@Authorized(...rules)` admits ADMIN and whoever one of the rules admits for this input. It runs
 * before input validation, so it reads the raw arguments defensively. A refusal says what would
 * have been needed, and nothing is appended.
 */
export const authChecker: AuthChecker<AuthorizationContext> = ({ args, context }, rules) => {
  if (rules.length === 0) return true;
  const raw = (args as { input?: unknown }).input ?? args;
  const input = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (permitted(rules, context.actor, input, context.app.models)) return true;
  const needed = [...rules.filter((r) => r !== Role.ADMIN).map((rule) => describe(rule, input, context.app.models)), 'ADMIN'];
  throw new GraphQLError(
    `Không có quyền: ${context.actor.role}${context.actor.unitId ? ` của đơn vị "${context.actor.unitId}"` : ''} không được thực hiện thao tác này; cần ${needed.join(' hoặc ')}.`,
    { extensions: { code: 'FORBIDDEN', requiredRules: rules } },
  );
};
