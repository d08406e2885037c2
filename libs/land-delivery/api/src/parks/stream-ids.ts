const IDENTIFIER = /^[A-Za-z0-9_-]{1,64}$/;

/** The guard runs before the pipes: a value that could not name a stream is no resource, and validation answers it. */
export const namesStream = (id: string) => IDENTIFIER.test(id);
