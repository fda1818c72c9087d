/**
 * The one look of a text link outside lesson prose (quiz, review, home, lesson header): underlined, and sky-800 /
 * sky-300 so it keeps at least 4.5:1 against the page in both themes and reads the same on every page.
 */
export const textLink = "font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300";
