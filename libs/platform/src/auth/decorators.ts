import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@ia/kernel';
import type { Principal } from './principal';

export const PUBLIC_ROUTE = 'ia:public';
export const ALLOWED_ROLES = 'ia:roles';

/** Reachable without a token: health and documentation only. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The roles that may call a route; a protected route without this is refused to everyone. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<{ principal?: Principal }>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route without authentication');
  return principal;
});
