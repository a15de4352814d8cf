import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { GraphQLContext } from './context';

/**
 * `@Authorized()` admits any verified caller (the request never gets this far without one);
 * `@Authorized(roles)` admits those roles, and a refusal says what would have been needed.
 */
export const authChecker: AuthChecker<GraphQLContext> = ({ context }, roles) => {
  if (roles.length === 0 || roles.includes(context.actor.role)) return true;
  throw new GraphQLError(
    `Không có quyền: vai trò ${context.actor.role} không được thực hiện thao tác này; cần vai trò ${roles.join(' hoặc ')}.`,
    { extensions: { code: 'FORBIDDEN', requiredRoles: roles } },
  );
};
