import { Injectable, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { Role } from '@ia/kernel';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './decorators';
import { PARK_SCOPE, type ParkScope } from './park-scope';
import { HUMAN_ROLES } from './principal';

export type ScopeName = 'park' | 'filtered' | 'county' | 'self' | 'public';

export interface RoutePermission {
  readonly method: string;
  /** In the OpenAPI document's form: `/api/v1/leads/{id}/follow-ups`. */
  readonly path: string;
  readonly roles: readonly Role[];
  /** How the route keeps to the caller's parks; null when it declares nothing (closed to park-scoped holders). */
  readonly parkScope: ScopeName | null;
}

const SCOPE_NAMES: Readonly<Record<ParkScope['kind'], ScopeName>> = {
  resource: 'park',
  filtered: 'filtered',
  county: 'county',
  self: 'self',
};

/**
 * Who may call each route, read from the very decorators the guard enforces, so the console can hide
 * what a role may not do without a second copy of the rules.
 */
@Injectable()
export class RoutePermissions {
  private cached: RoutePermission[] | undefined;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly scanner: MetadataScanner,
  ) {}

  list(): RoutePermission[] {
    this.cached ??= this.discovery
      .getControllers()
      .flatMap((wrapper) => {
        const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
        if (!controller) return [];
        const prefix = this.pathOf(controller);
        return this.scanner.getAllMethodNames(controller.prototype as object).flatMap((name) => {
          const handler = (controller.prototype as Record<string, unknown>)[name] as object;
          const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
          if (method === undefined) return [];
          return [this.describe(controller, handler, method, `/${[prefix, this.pathOf(handler)].filter(Boolean).join('/')}`)];
        });
      })
      .sort((left, right) => left.path.localeCompare(right.path) || left.method.localeCompare(right.method));
    return this.cached;
  }

  private describe(controller: object, handler: object, method: RequestMethod, path: string): RoutePermission {
    const targets = [handler as () => void, controller as () => void];
    const open = this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, targets) === true;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets) ?? [];
    // In one order everywhere, whatever order a decorator names them in.
    const roles = HUMAN_ROLES.filter((role) => open || allowed.includes(role));
    const scope = this.reflector.getAllAndOverride<ParkScope | undefined>(PARK_SCOPE, targets);
    return {
      method: RequestMethod[method],
      path: path
        .replace(/\/+/g, '/')
        .replace(/:(\w+)/g, '{$1}')
        .replace(/(.)\/$/, '$1'),
      roles,
      parkScope: open ? 'public' : scope ? SCOPE_NAMES[scope.kind] : null,
    };
  }

  private pathOf(target: object): string {
    const path = Reflect.getMetadata(PATH_METADATA, target) as string | string[] | undefined;
    const first = Array.isArray(path) ? path[0] : path;
    return (first ?? '').replace(/^\/+|\/+$/g, '');
  }
}
