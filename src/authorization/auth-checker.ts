import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import { Role } from '../domain/shared/actor';
import type { GraphQLContext } from '../graphql/context';
import { describe, permitted } from './rules';

/**
 * `@Authorized()` admits any verified caller (the request never gets this far without one);
 * `@Authorized(...rules)` admits ADMIN and whoever one of the rules admits for this input. It runs
 * before input validation, so it reads the raw arguments defensively. A refusal says what would
 * have been needed, and nothing is appended.
 */
export const authChecker: AuthChecker<GraphQLContext> = ({ args, context }, rules) => {
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
