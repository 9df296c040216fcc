import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/.next/**",
      "**/node_modules/**",
      "**/data/**",
      "**/next-env.d.ts",
      "**/.turbo/**",
      "apps/web/public/sitrep.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  { files: ["apps/web/client/**"], languageOptions: { globals: { ...globals.browser } } },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Article text is hostile: the terminal UI draws strings only through its sanitising Text.
    files: ["apps/cli/src/**/*.tsx"],
    ignores: ["apps/cli/src/ui/components/text.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "#ink", importNames: ["Text"], message: "use Text from ui/components/text.tsx" }] },
      ],
    },
  },
);
