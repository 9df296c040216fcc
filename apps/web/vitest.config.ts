import { sitrepProject } from "../../vitest.shared.js";

// Next.js keeps code in app/, components/ and lib/; end-to-end tests live in test/.
export default sitrepProject("web", ["lib/**/*.test.ts", "components/**/*.test.tsx", "test/**/*.test.ts"]);
