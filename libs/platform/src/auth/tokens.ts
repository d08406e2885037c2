import jwt from 'jsonwebtoken';
import type { Role } from '@ia/kernel';
import { HUMAN_ROLES, type Principal } from './principal';

export interface TokenSettings {
  readonly secret: string;
  readonly issuer: string;
  readonly audience: string;
}

export class InvalidTokenError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidTokenError';
  }
}

/** The role must be one the suite knows; the subject is the actor of every event the holder causes. */
export function principalFromClaims(decoded: string | jwt.JwtPayload): Principal {
  if (typeof decoded === 'string') throw new InvalidTokenError('token payload is not an object');
  const claims = decoded;
  const role = claims['role'] as Role;
  if (typeof claims.sub !== 'string' || claims.sub === '') throw new InvalidTokenError('token has no subject');
  if (!HUMAN_ROLES.includes(role)) throw new InvalidTokenError('token has no known role');
  const parks = Array.isArray(claims['parks'])
    ? (claims['parks'] as unknown[]).filter((park): park is string => typeof park === 'string')
    : [];
  return {
    id: claims.sub,
    role,
    parks,
    ...(typeof claims['name'] === 'string' && { name: claims['name'] }),
    ...(typeof claims['county'] === 'string' && { county: claims['county'] }),
  };
}

export interface TokenRequest {
  readonly user: string;
  readonly role: Role;
  readonly name?: string;
  readonly parks?: readonly string[];
  readonly county?: string;
  readonly expiresInSeconds?: number;
}

export function signToken(request: TokenRequest, settings: TokenSettings): string {
  return jwt.sign(
    {
      role: request.role,
      parks: request.parks ?? [],
      ...(request.name !== undefined && { name: request.name }),
      ...(request.county !== undefined && { county: request.county }),
    },
    settings.secret,
    {
      algorithm: 'HS256',
      subject: request.user,
      issuer: settings.issuer,
      audience: settings.audience,
      expiresIn: request.expiresInSeconds ?? 8 * 3600,
    },
  );
}
