/** Checks for the tools the managed Neo4j needs, with errors that name the fix. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { AppError } from '../domain/errors.js';

/** Neo4j 5.26 runs on Java 17 or 21 (Neo4j operations manual, "System requirements"). */
export const MIN_JAVA = 17;

export function javaBinary(javaHome: string | null): string {
  return javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
}

export function parseJavaMajor(versionOutput: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return null;
  const first = Number(m[1]);
  // Java 8 and older report "1.8.0_x".
  return first === 1 && m[2] ? Number(m[2]) : first;
}

export function checkJava(javaHome: string | null): { binary: string; major: number } {
  const binary = javaBinary(javaHome);
  const res = spawnSync(binary, ['-version'], { encoding: 'utf8' });
  if (res.error) {
    throw new AppError(
      'JAVA_MISSING',
      `Java ${MIN_JAVA} or newer is needed to run the local Neo4j, but "${binary}" could not be run ` +
        `(${res.error.message}). Install a JDK (e.g. apt-get install openjdk-17-jdk-headless), set JAVA_HOME, ` +
        'or set NEO4J_URI to use an existing Neo4j server.',
      'java',
    );
  }
  const major = parseJavaMajor(`${res.stderr}${res.stdout}`);
  if (major === null || major < MIN_JAVA) {
    throw new AppError(
      'JAVA_TOO_OLD',
      `Java ${MIN_JAVA} or newer is needed to run Neo4j 5.26, found ${major ?? 'an unknown version'} at "${binary}". ` +
        'Install JDK 17 or 21 and point JAVA_HOME at it, or set NEO4J_URI to use an existing Neo4j server.',
      'java',
    );
  }
  return { binary, major };
}

export function checkMaven(): string {
  const res = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new AppError(
      'MAVEN_MISSING',
      'Apache Maven is needed once, to fetch Neo4j Community from Maven Central, but "mvn" could not be run. ' +
        'Install it (e.g. apt-get install maven) or set NEO4J_URI to use an existing Neo4j server.',
      'mvn',
    );
  }
  return 'mvn';
}
