/**
 * The committee pack: a cover, a one-page summary of counts and exceptions, the scorecard table
 * section by section, and half a page per chosen indicator (its charts, sentence and
 * commentary). Which parts and which indicators are in it come from the URL, so a pack can be
 * shared and reprinted exactly.
 */
import type { ScorecardSection } from '../../domain/assess';
import { formatDate } from '../../domain/model';
import { SN_MODEL_LABELS } from '../../domain/model';
import type { ViewState } from '../url-state';
import type {
  CommentaryDueView,
  ContextView,
  ExceptionView,
  IndicatorPageView,
  StatusCount,
  TableView,
} from '../view-models';
import { commentaryDueView } from './commentary';
import { indicatorPageView } from './indicator';
import { exceptionReasons, exceptionsView, statusCounts, tableView } from './scorecard';
import type { TileContext } from './tiles';

export type PackPart = 'cover' | 'summary' | 'table' | 'detail';

export const PACK_PARTS: readonly { readonly id: PackPart; readonly label: string }[] = [
  { id: 'cover', label: 'Cover page' },
  { id: 'summary', label: 'One-page summary' },
  { id: 'table', label: 'Scorecard table' },
  { id: 'detail', label: 'Half a page for each chosen indicator' },
];

export interface PackChoice {
  readonly id: string;
  readonly title: string;
  readonly exception: boolean;
  readonly chosen: boolean;
}

export interface PackView {
  readonly parts: ReadonlySet<PackPart>;
  readonly cover: {
    readonly title: string;
    readonly authority: string;
    readonly periodText: string;
    readonly dateText: string;
    readonly dataAsAt: string;
    readonly sources: readonly string[];
    readonly vintages: readonly string[];
    readonly illustrative: string | null;
  };
  readonly summary: {
    readonly counts: readonly StatusCount[];
    readonly exceptions: readonly ExceptionView[];
  };
  readonly table: TableView;
  readonly details: readonly IndicatorPageView[];
  readonly choices: readonly PackChoice[];
  /** Links for the quick choices. */
  readonly exceptionIds: readonly string[];
  /** The commentary-due check, for the cover note (null when there is no period). */
  readonly commentaryDue?: CommentaryDueView | null;
}

/** The parts the state asks for; null means all. Unknown names are ignored. */
export function packParts(state: ViewState): Set<PackPart> {
  if (state.packParts === null) return new Set(PACK_PARTS.map((part) => part.id));
  return new Set(PACK_PARTS.map((part) => part.id).filter((id) => state.packParts?.includes(id)));
}

export function packView(
  sections: readonly ScorecardSection[],
  state: ViewState,
  context: TileContext,
  frame: ContextView,
  now: Date,
): PackView {
  const { data, selection } = context;
  // The pack always covers every indicator: members see the whole picture, not a filtered one.
  const whole: ViewState = { ...state, sections: [], statuses: [], search: '' };
  const assessments = sections.flatMap((section) => section.assessments);
  const exceptionIds = assessments
    .filter((assessment) => exceptionReasons(assessment).length > 0)
    .map((assessment) => assessment.indicator.id);
  const chosen = new Set(state.packDetail ?? exceptionIds);
  const parts = packParts(state);
  // Only the files that feed this council's pack: a file about one council (Harrow's
  // illustrative quarters, an import for one council) is not a source of Devon's figures.
  const sources = data.config.files
    .filter((file) => file.role === 'published' || file.role === 'local')
    .filter((file) => file.area === null || file.area === selection.areaCode)
    .map((file) => file.label ?? file.path);
  return {
    parts,
    cover: {
      title: "Children's services performance scorecard",
      authority: selection.areaName,
      periodText: frame.periodText,
      dateText: formatDate(now),
      dataAsAt: frame.dataAsAt,
      sources: [
        ...sources,
        `Statistical neighbours: DfE children's services statistical neighbours, ${SN_MODEL_LABELS[selection.snModel]}`,
        'Indicator definitions and targets: the council’s scorecard definitions',
      ],
      vintages: frame.vintages,
      illustrative: frame.illustrative,
    },
    summary: {
      counts: statusCounts(assessments),
      exceptions: exceptionsView(sections, whole, context).flatMap((section) => section.items),
    },
    table: tableView(sections, { ...whole, sort: 'ref', sortDescending: false }, context),
    details: parts.has('detail')
      ? assessments
          .filter((assessment) => chosen.has(assessment.indicator.id))
          .map((assessment) => indicatorPageView(assessment, context))
      : [],
    choices: assessments.map((assessment) => ({
      id: assessment.indicator.id,
      title: assessment.indicator.title,
      exception: exceptionIds.includes(assessment.indicator.id),
      chosen: chosen.has(assessment.indicator.id),
    })),
    exceptionIds,
    commentaryDue: commentaryDueView(assessments, context),
  };
}
