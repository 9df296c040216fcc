import { sitrepProject } from "../../vitest.shared.js";

export default sitrepProject("store");
