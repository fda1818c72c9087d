/**
 * The sandbox's input caps, in a module that imports nothing: the forms in the browser show them
 * without shipping zod, and contract.ts's schemas enforce the same numbers on the server.
 */
export const DATA_VALUE_MAX_CHARS = 3000;
export const DATA_MAX_KEYS = 32;
