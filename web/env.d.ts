// esbuild bundles imported CSS into main.css; the import itself has no value.
declare module '*.css';
