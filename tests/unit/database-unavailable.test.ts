// An unreachable database is recognised in one place, from the errors Prisma, its PostgreSQL
// driver adapter and Node really throw, and nothing else is mistaken for it.
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { DATABASE_UNAVAILABLE_DIGEST, DATABASE_UNAVAILABLE_MESSAGE, ERROR_CODES } from "@/lib/domain/action-result";
import { AppError, HTTP_STATUS, databaseUnavailable, isDatabaseUnavailable, toErrorBody } from "@/lib/server/core/errors";

const CLIENT_VERSION = "7.0.0";

function known(code: string, message = `Prisma error ${code}`, meta?: Record<string, unknown>) {
  return new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: CLIENT_VERSION, ...(meta ? { meta } : {}) });
}

function socketError(code: string, syscall = "connect"): NodeJS.ErrnoException {
  return Object.assign(new Error(`${syscall} ${code} 127.0.0.1:5432`), { code, syscall, errno: -111, address: "127.0.0.1", port: 5432 });
}

describe("isDatabaseUnavailable", () => {
  it.each(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"])("recognises Prisma's %s", (code) => {
    expect(isDatabaseUnavailable(known(code))).toBe(true);
  });

  it("recognises a client that could not start", () => {
    const error = new Prisma.PrismaClientInitializationError("Can't reach database server at `127.0.0.1:5432`", CLIENT_VERSION, "P1001");
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(new Prisma.PrismaClientInitializationError("Could not start", CLIENT_VERSION))).toBe(true);
  });

  it.each(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH"])("recognises Node's %s, bare or wrapped as a cause", (code) => {
    expect(isDatabaseUnavailable(socketError(code))).toBe(true);
    expect(isDatabaseUnavailable(new Error("query failed", { cause: socketError(code) }))).toBe(true);
  });

  it("recognises a host whose every address refused (AggregateError)", () => {
    expect(isDatabaseUnavailable(new AggregateError([socketError("ECONNREFUSED"), socketError("ECONNREFUSED")], ""))).toBe(true);
  });

  it("recognises node-postgres's own connection failures", () => {
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated due to connection timeout"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
  });

  it("recognises the driver adapter's kinds and PostgreSQL's shutdown and connection SQLSTATEs", () => {
    expect(isDatabaseUnavailable(known("P2010", "Raw query failed", { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("adapter"), { cause: { kind: "ConnectionClosed" } }))).toBe(true);
    const shutdown = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01", severity: "FATAL" });
    expect(isDatabaseUnavailable(shutdown)).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("the database system is starting up"), { code: "57P03" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connection failure"), { code: "08006" }))).toBe(true);
  });

  it("does not mistake other failures for an outage", () => {
    expect(isDatabaseUnavailable(known("P2002", "Unique constraint failed"))).toBe(false);
    expect(isDatabaseUnavailable(known("P2025", "Record not found"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505", severity: "ERROR" }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(new AppError("UNAUTHENTICATED", "Your session has ended."))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });

  it("survives a cause that points back at itself", () => {
    const looping = new Error("loop") as Error & { cause?: unknown };
    looping.cause = looping;
    expect(isDatabaseUnavailable(looping)).toBe(false);
  });
});

describe("the UNAVAILABLE error", () => {
  it("is a code of the one union, answered 503 with the plain message and a digest pages recognise", () => {
    expect(ERROR_CODES).toContain("UNAVAILABLE");
    expect(HTTP_STATUS.UNAVAILABLE).toBe(503);
    const error = databaseUnavailable(known("P1001"));
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(error.digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
    expect(toErrorBody(error)).toEqual({
      ok: false,
      code: "UNAVAILABLE",
      message: "SOAP Desk cannot reach its database right now. Nothing was saved; try again in a minute.",
    });
    expect(DATABASE_UNAVAILABLE_MESSAGE).toBe(error.message);
  });
});
