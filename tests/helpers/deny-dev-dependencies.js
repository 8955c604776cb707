/**
 * `node --import ./tests/helpers/deny-dev-dependencies.js ...`: a module hook that makes
 * every devDependency of package.json unresolvable from the project's own code, as after
 * `npm ci --omit=dev`, so a test can show that compiled code runs without them (imports
 * inside node_modules are left alone: a production package may share a dependency).
 */
import { readFileSync } from 'node:fs';
import { register } from 'node:module';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
register(new URL('./deny-dev-dependencies-hooks.js', import.meta.url), { data: Object.keys(pkg.devDependencies) });
