export * from "./message.js";
export * from "./conversation.js";
