// The AppError a use case refused with; fails the test when it did not refuse.
import { expect } from "vitest";
import { AppError } from "@/lib/server/core/errors";

export async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
