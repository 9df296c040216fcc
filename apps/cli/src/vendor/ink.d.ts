// Types of "#ink" in the build: Ink's own (the bundle in dist/vendor is Ink, bundled).
export * from "ink";
