/**
 * Ids a link names that this scorecard does not have: an indicator (`#/indicator/NOPE`) or a
 * section (`?section=NOPE`). Each gets a plain notice saying what is shown instead, rather than
 * silence or an empty page.
 */
import { echo, SECTIONS } from '../../domain/model';
import type { AssembledScorecard } from '../../domain/import';
import type { ViewState } from '../url-state';

const isSection = (id: string): boolean => SECTIONS.some((section) => section.id === id);

/** True when the link opens an indicator page for an indicator the data does not have. */
export function unknownIndicator(data: AssembledScorecard, state: ViewState): boolean {
  return (
    state.view === 'indicator' &&
    state.indicator !== null &&
    !data.dataset.indicators.has(state.indicator)
  );
}

/** The sections a link asks for that exist (an empty list means every section). */
export function knownSections(state: ViewState): readonly string[] {
  return state.sections.filter(isSection);
}

/** What the link asks for that this scorecard does not have, and what is shown instead. */
export function linkIdProblems(data: AssembledScorecard, state: ViewState): string[] {
  const problems: string[] = [];
  if (unknownIndicator(data, state))
    problems.push(
      `There is no indicator "${echo(state.indicator ?? '', 80)}" in this scorecard; showing the overview.`,
    );
  const unknown = state.sections.filter((id) => !isSection(id));
  if (unknown.length > 0)
    problems.push(
      `There is no section ${unknown.map((id) => `"${echo(id, 80)}"`).join(', ')} in this scorecard; showing ${knownSections(state).length > 0 ? 'the other sections asked for' : 'every section'}.`,
    );
  return problems;
}
