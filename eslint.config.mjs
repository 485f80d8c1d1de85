import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  {
    // The rules stay pure: no database, framework or server code reaches lib/domain.
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@prisma/*", "prisma", "**/generated/**"], message: "lib/domain is pure: no Prisma." },
            { group: ["next", "next/*", "next-auth", "next-auth/*", "react", "react-dom"], message: "lib/domain is pure: no framework." },
            { group: ["@/lib/server/*", "**/lib/server/**", "../server/*", "node:*"], message: "lib/domain is pure: no server code or I/O." },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/server/*", "**/lib/server/**", "@prisma/*", "**/generated/**"], message: "Components use domain types and shared schemas only." },
            // The types of the actions they are handed are read off the action modules themselves.
            {
              group: ["@/app/*", "**/app/**"],
              message: "Components receive server actions as props or from a provider the page sets up, never from app/.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
]);
