// The session API as docs/session-contract describes it; these types give way to the generated ones once the
// suite's OpenAPI document has the session routes.
export type Role = 'promoter' | 'agent' | 'leader' | 'admin' | 'auditor';

export interface SessionView {
  readonly user: { readonly id: string; readonly username: string; readonly displayName: string };
  readonly role: Role;
  readonly roles: readonly string[];
  readonly parks: readonly string[];
  readonly county?: string;
  readonly mustChangePassword: boolean;
  readonly expiresAt: string;
}

export interface PermittedRoute {
  readonly method: string;
  readonly path: string;
  readonly roles: readonly string[];
  readonly parkScope?: string;
}

export interface SessionOptions {
  readonly password: boolean;
  readonly oidc: null | { readonly label: string; readonly loginUrl: string };
}
