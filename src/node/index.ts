export { loadExport, openExport, fileChunks } from "./files.js";
