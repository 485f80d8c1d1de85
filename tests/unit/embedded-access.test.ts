// Whether the embedded PostgreSQL's user can reach its data folder and programs, decided from
// owners and modes; the message names the folder and the fixes.
import { describe, expect, it } from "vitest";
import { accessProblemMessage, findAccessProblem, permissionsOf, type FolderStat, type RunAs } from "../../scripts/db/embedded-access";

const ROOT_UID = 0;
const postgres: RunAs = { name: 'the system user "postgres"', uid: 105, gids: [110] };
const notCreatedYet: RunAs = { name: 'the system user "postgres"', uid: null, gids: [] };

function tree(entries: Record<string, FolderStat>) {
  return (file: string) => entries[file] ?? null;
}
const dir = (mode: number, uid = ROOT_UID, gid = ROOT_UID): FolderStat => ({ uid, gid, mode });

describe("permissionsOf", () => {
  it("takes the owner's, the group's or others' bits, in that order", () => {
    expect(permissionsOf(dir(0o750, 105, 7), postgres)).toBe(7);
    expect(permissionsOf(dir(0o750, 1, 110), postgres)).toBe(5);
    expect(permissionsOf(dir(0o751, 1, 2), postgres)).toBe(1);
    expect(permissionsOf(dir(0o700, 1, 2), notCreatedYet)).toBe(0);
    expect(permissionsOf(dir(0o000), { name: "root", uid: 0, gids: [0] })).toBe(7);
  });
});

describe("findAccessProblem", () => {
  const programs = ["/root/app/node_modules/pg/bin/postgres"];
  const home = tree({
    "/": dir(0o755),
    "/root": dir(0o700),
    "/root/app": dir(0o755),
    "/root/app/.data": dir(0o755),
    "/root/app/node_modules": dir(0o755),
    "/root/app/node_modules/pg": dir(0o755),
    "/root/app/node_modules/pg/bin": dir(0o755),
    "/root/app/node_modules/pg/bin/postgres": dir(0o755),
  });

  it("finds root's home folder in the way of the postgres user", () => {
    const problem = findAccessProblem({ dataDir: "/root/app/.data/postgres", programs, who: postgres, stat: home });
    expect(problem).toMatchObject({ blocked: "/root", need: "enter", target: "/root/app/.data/postgres" });
  });

  it("applies to a postgres user the package has yet to create, who gets others' bits", () => {
    expect(findAccessProblem({ dataDir: "/root/app/.data/postgres", programs, who: notCreatedYet, stat: home })?.blocked).toBe("/root");
  });

  it("passes when every folder on the way may be entered", () => {
    const open = tree({ "/": dir(0o755), "/srv": dir(0o755), "/srv/app": dir(0o711), "/srv/app/bin": dir(0o755), "/srv/app/bin/postgres": dir(0o755) });
    expect(findAccessProblem({ dataDir: "/srv/app/.data/postgres", programs: ["/srv/app/bin/postgres"], who: postgres, stat: open })).toBeNull();
  });

  it("finds a program the user may not run", () => {
    const locked = tree({ "/": dir(0o755), "/srv": dir(0o755), "/srv/bin": dir(0o755), "/srv/bin/postgres": dir(0o700) });
    expect(findAccessProblem({ dataDir: "/srv/data", programs: ["/srv/bin/postgres"], who: postgres, stat: locked })).toMatchObject({
      blocked: "/srv/bin/postgres",
      need: "run",
    });
  });

  it("finds an existing data folder owned by someone else and closed to others", () => {
    const taken = tree({ "/": dir(0o755), "/srv": dir(0o755), "/srv/data": dir(0o700, 1, 1) });
    expect(findAccessProblem({ dataDir: "/srv/data", programs: [], who: postgres, stat: taken })?.blocked).toBe("/srv/data");
  });

  it("says who runs the server, what stops it, and how to fix it", () => {
    const problem = findAccessProblem({ dataDir: "/root/app/.data/postgres", programs, who: postgres, stat: home })!;
    const message = accessProblemMessage(problem, postgres, true);
    expect(message).toContain('the system user "postgres" (PostgreSQL refuses to run as root');
    expect(message).toContain("cannot enter /root (rwx------, owner uid 0)");
    expect(message).toContain("chmod o+x /root");
    expect(message).toContain("/srv/soap-desk");
    expect(message).toContain("DATABASE_URL");
    expect(accessProblemMessage(problem, { name: "you", uid: 1000, gids: [] }, false)).not.toContain("root, so");
  });
});
