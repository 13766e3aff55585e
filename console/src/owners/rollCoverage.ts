/** A roll covering under half the estate's households: the thresholds counted from it would not be the estate's. */
export const partialRoll = (units: number, households: number | null | undefined): boolean => units > 0 && !!households && units < households / 2;
