export * from "./message.js";
export * from "./conversation.js";
export * from "./agent-key.js";
