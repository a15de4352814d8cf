import { Role, type Actor } from '../kernel/actor';

/** The claims this service reads from a token, beyond the registered ones (sub, iss, aud, exp). */
export interface ThiduaClaims {
  role: Role;
  name?: string;
  unit?: string;
  cluster?: string;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (Object.values(Role) as string[]).includes(value);
}

/** Turns verified claims into the actor every event will name; refuses a token that lacks what an actor needs. */
export function actorFromClaims(claims: Record<string, unknown>): Actor {
  const { sub, role, name, unit, cluster } = claims;
  if (typeof sub !== 'string' || sub === '') throw new Error('token không có người dùng (sub)');
  if (!isRole(role)) throw new Error(`vai trò (role) trong token phải là một trong ${Object.values(Role).join(', ')}`);
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  return { id: sub, role, name: text(name), unitId: text(unit), clusterId: text(cluster) };
}
