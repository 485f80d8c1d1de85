// Joins class names and lets a later Tailwind class win over an earlier one of the same kind
// (a caller's `px-2` over a component's `px-4`).
import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
