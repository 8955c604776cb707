/** The resolve hook of deny-dev-dependencies.js. */
let denied = new Set();

export function initialize(names) {
  denied = new Set(names);
}

/** "@scope/name/sub" -> "@scope/name"; "name/sub" -> "name"; relative and node: specifiers -> null. */
function packageName(specifier) {
  if (/^(\.|\/|node:|file:|data:)/.test(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export async function resolve(specifier, context, next) {
  const name = packageName(specifier);
  if (name && denied.has(name) && !context.parentURL?.includes('/node_modules/')) {
    const error = new Error(`${name} is a development dependency, not installed in production (imported by ${context.parentURL})`);
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return next(specifier, context);
}
