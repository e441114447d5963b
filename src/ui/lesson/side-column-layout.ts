/** A card beside the text: where it would sit by itself (beside its heading) and its height. */
export interface SideCard {
  natural: number;
  height: number;
}

/**
 * Pushes side-column cards down just enough that none overlaps the one above it (marginal notes'
 * rule: each card as close to its heading as the cards above allow). Returns each card's shift.
 */
export function stackSideCards(cards: SideCard[], gap: number): number[] {
  let bottom = -Infinity;
  return cards.map(({ natural, height }) => {
    const top = Math.max(natural, bottom + gap);
    bottom = top + height;
    return top - natural;
  });
}
