import type { Type } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { PARK_SCOPE, type ParkScope } from '@ia/platform';

export interface Route {
  readonly controller: Type;
  readonly name: string;
  readonly handler: object;
}

/** The route handlers of a Nest module's controllers, read from their decorators without starting the module. */
export function routesOf(module: Type): Route[] {
  const controllers = (Reflect.getMetadata('controllers', module) ?? []) as Type[];
  return controllers.flatMap((controller) =>
    Object.getOwnPropertyNames(controller.prototype)
      .map((name) => ({ controller, name, handler: (controller.prototype as Record<string, unknown>)[name] as object }))
      .filter(({ handler }) => typeof handler === 'function' && Reflect.getMetadata(METHOD_METADATA, handler) !== undefined),
  );
}

/** The park scopes a route declares, on itself and on its controller: exactly one is right. */
export function parkScopesOf(route: Route): ParkScope[] {
  return [Reflect.getMetadata(PARK_SCOPE, route.handler), Reflect.getMetadata(PARK_SCOPE, route.controller)].filter(Boolean) as ParkScope[];
}

/**
 * Every route of a context's module says once how it is scoped by park; the count catches a controller that
 * the module does not register, whose routes this walk would otherwise miss.
 */
export function parkScopeSpec(context: string, module: Type, expectedRoutes: number): void {
  const routes = routesOf(module);
  describe(`${context} routes`, () => {
    it(`are all found (${expectedRoutes})`, () => {
      expect(routes).toHaveLength(expectedRoutes);
    });

    it.each(routes.map((route) => [`${route.controller.name}.${route.name}`, route] as const))(
      '%s says once how it is scoped by park',
      (_name, route) => {
        expect(parkScopesOf(route)).toHaveLength(1);
      },
    );
  });
}
