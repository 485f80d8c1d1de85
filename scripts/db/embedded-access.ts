// Whether the user the embedded PostgreSQL runs as can reach its programs and its data folder.
// PostgreSQL refuses to run as root, so under root the server runs as the system user `postgres`;
// a project kept in root's home folder (mode 0700) is then out of that user's reach, and the
// server would die with a bare EACCES. Checked before starting, from the folders' owners and
// modes, so the message can name the folder and the fix.
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";

/** Who the server runs as: a uid and its groups. null uid: a user that does not exist yet (the
 *  package creates `postgres` on first start), who gets only the permissions granted to others. */
export interface RunAs {
  name: string;
  uid: number | null;
  gids: number[];
}

export interface FolderStat {
  uid: number;
  gid: number;
  mode: number;
}

export interface AccessProblem {
  /** The folder or file that stops the server. */
  blocked: string;
  stat: FolderStat;
  /** What the server needed there. */
  need: "enter" | "run";
  /** What it was trying to reach through it. */
  target: string;
}

type Stat = (file: string) => FolderStat | null;

function realStat(file: string): FolderStat | null {
  try {
    const s = statSync(file);
    return { uid: s.uid, gid: s.gid, mode: s.mode & 0o777 };
  } catch {
    return null;
  }
}

/** The permission bits (rwx as 4/2/1) that `who` gets on a file with this owner and mode. */
export function permissionsOf(stat: FolderStat, who: RunAs): number {
  if (who.uid === 0) return 7;
  if (who.uid !== null && stat.uid === who.uid) return (stat.mode >> 6) & 7;
  if (who.gids.includes(stat.gid)) return (stat.mode >> 3) & 7;
  return stat.mode & 7;
}

/** Every existing folder from the root down to `target` (or its nearest existing ancestor). */
function existingAncestors(target: string, stat: Stat): string[] {
  const folders: string[] = [];
  let current = path.resolve(target);
  for (;;) {
    folders.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return folders.filter((folder) => folder !== target && stat(folder) !== null);
}

/**
 * The first thing `who` cannot pass on the way to the data folder and to the server's programs,
 * or null. Folders need search permission (x); the programs need read and execute.
 */
export function findAccessProblem(input: { dataDir: string; programs: string[]; who: RunAs; stat?: Stat }): AccessProblem | null {
  const stat = input.stat ?? realStat;
  const targets: { target: string; program: boolean }[] = [
    { target: path.resolve(input.dataDir), program: false },
    ...input.programs.map((program) => ({ target: path.resolve(program), program: true })),
  ];
  for (const { target, program } of targets) {
    for (const folder of existingAncestors(target, stat)) {
      const s = stat(folder)!;
      if ((permissionsOf(s, input.who) & 1) === 0) return { blocked: folder, stat: s, need: "enter", target };
    }
    const own = stat(target);
    if (program && own && (permissionsOf(own, input.who) & 5) !== 5) return { blocked: target, stat: own, need: "run", target };
    // An existing data folder must be enterable too (the package hands a new one to the user).
    if (!program && own && (permissionsOf(own, input.who) & 1) === 0) return { blocked: target, stat: own, need: "enter", target };
  }
  return null;
}

function idOf(flag: "-u" | "-g" | "-G", user: string): number[] | null {
  try {
    return execFileSync("id", [flag, user], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
      .trim()
      .split(/\s+/)
      .map(Number);
  } catch {
    return null;
  }
}

/** The user the embedded server will run as on this machine. */
export function embeddedRunAs(): RunAs {
  if (process.getuid?.() !== 0) {
    return { name: "you", uid: process.getuid?.() ?? null, gids: process.getgroups?.() ?? [] };
  }
  const uid = idOf("-u", "postgres")?.[0] ?? null;
  return { name: 'the system user "postgres"', uid, gids: uid === null ? [] : (idOf("-G", "postgres") ?? []) };
}

function describeMode(stat: FolderStat): string {
  const bits = (n: number) => `${n & 4 ? "r" : "-"}${n & 2 ? "w" : "-"}${n & 1 ? "x" : "-"}`;
  return `${bits(stat.mode >> 6)}${bits(stat.mode >> 3)}${bits(stat.mode)}, owner uid ${stat.uid}`;
}

/** What went wrong and how to fix it, in words a newcomer can act on. */
export function accessProblemMessage(problem: AccessProblem, who: RunAs, asRoot: boolean): string {
  const why = asRoot ? ` (PostgreSQL refuses to run as root, so the embedded server runs as ${who.name})` : "";
  const what = problem.need === "enter" ? `cannot enter ${problem.blocked}` : `cannot run ${problem.blocked}`;
  const fixes = [
    asRoot ? `move the project to a folder every user may enter, such as /srv/soap-desk or /opt/soap-desk` : `move the project to a folder you own`,
    problem.need === "enter" ? `or allow passing through it: chmod o+x ${problem.blocked}` : `or make it runnable: chmod a+rx ${problem.blocked}`,
    ...(asRoot ? ["or run SOAP Desk as an ordinary user instead of root"] : []),
    "or set DATABASE_URL to an existing PostgreSQL server",
  ];
  return (
    `The embedded PostgreSQL cannot start: ${who.name}${why} ${what} (${describeMode(problem.stat)}), ` +
    `which is on the way to ${problem.target}.\nTo fix it, ${fixes.join(";\n  ")}.`
  );
}
