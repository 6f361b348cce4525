// One value per build process. The build script, astro.config.mjs and the pages Astro bundles each load their own copy
// of a module, so a module-level variable would be made once per copy: the value is kept on globalThis instead.

/** The value stored under `name` in this process, made by `create` the first time it is asked for. */
export function processShared<T>(name: string, create: () => T): T {
  const key = Symbol.for(`kamerdossier.${name}`);
  const holder = globalThis as typeof globalThis & Record<symbol, unknown>;
  if (!(key in holder)) holder[key] = create();
  return holder[key] as T;
}
