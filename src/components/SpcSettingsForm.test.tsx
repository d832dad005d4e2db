import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { checkSpcChoice, type SpcChoice, type SpcInputPoint } from '../domain/assess';
import type { IndicatorSpcSettings } from '../hooks/useIndicatorSpc';
import { SpcSettingsForm } from './SpcSettingsForm';

/** 20 quarters from 2019-20 Q1. */
const series: SpcInputPoint[] = Array.from({ length: 20 }, (_, i) => {
  const fy = 2019 + Math.floor(i / 4);
  return {
    period: `${String(fy)}-${String((fy + 1) % 100)} Q${String((i % 4) + 1)}`,
    value: 10 + (i % 3),
  };
});
const kept: SpcChoice = { run: 6, baseline: null, recalculations: [] };

/** The form over a hook stand-in that checks the draft as the real hook does. */
function Harness({ save }: { save: (draft: SpcChoice) => Promise<string> }) {
  const [draft, setDraft] = useState<SpcChoice>(kept);
  const settings: IndicatorSpcSettings = {
    indicatorTitle: 'Re-referrals',
    periods: series.map((p) => ({ key: p.period, label: p.period })),
    figures: series.length,
    draft,
    check: checkSpcChoice(draft, series),
    changed: draft !== kept,
    preview: null,
    local: false,
    edit: setDraft,
    save: () => save(draft),
    discard: () => {
      setDraft(kept);
    },
    undo: null,
  };
  return <SpcSettingsForm settings={settings} />;
}

function open(save = vi.fn(() => Promise.resolve('SPC settings saved in this browser.'))) {
  render(<Harness save={save} />);
  fireEvent.click(screen.getByText('SPC settings for Re-referrals'));
  return { save, form: screen.getByRole('form', { name: 'Set the limits of the XmR chart' }) };
}

describe('SpcSettingsForm', () => {
  it('offers labelled controls: run length, baseline, and recalculation points to add', () => {
    const { form } = open();
    const run = within(form).getByRole('group', {
      name: 'Points in a row for a shift or trend (every indicator)',
    });
    expect(within(run).getByRole('radio', { name: /6 points/ })).toBeChecked();
    expect(within(run).getByRole('radio', { name: '7 points' })).not.toBeChecked();
    expect(
      within(form).getByRole('spinbutton', {
        name: 'Baseline: fix the limits from the first points',
      }),
    ).toHaveAccessibleDescription(/Number of points, from 13 to 20\./);
    expect(within(form).getByText('No recalculation points.')).toBeInTheDocument();
    // Nothing changed yet: nothing to save.
    expect(within(form).getByRole('button', { name: 'Save the SPC settings' })).toBeDisabled();
  });

  it('says a baseline out of range in words beside the field, and refuses to save', async () => {
    const { form, save } = open();
    const baseline = within(form).getByRole('spinbutton', { name: /Baseline/ });
    fireEvent.change(baseline, { target: { value: '12' } });
    expect(baseline).toHaveAttribute('aria-invalid', 'true');
    expect(baseline).toHaveAccessibleDescription(
      /The baseline must be from 13 to 20 points \(the figures in this series\); 12 is not\./,
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Save the SPC settings' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /12 is not/ })).toHaveAttribute(
      'href',
      `#${baseline.id}`,
    );
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(
      'The settings were not saved: 1 problem to correct.',
    );
  });

  it('adds a recalculation point with its period and reason, warns of a short segment, and saves', async () => {
    const { form, save } = open();
    fireEvent.click(within(form).getByRole('button', { name: 'Add a recalculation point' }));
    const point = within(form).getByRole('group', { name: 'Recalculation point 1' });
    const period = within(point).getByRole('combobox', {
      name: 'Period the process changed (point 1)',
    });
    // The first period cannot start new limits: it is not offered.
    expect(within(period).queryByRole('option', { name: '2019-20 Q1' })).toBeNull();
    fireEvent.change(period, { target: { value: '2022-23 Q1' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the SPC settings' }));
    expect(
      await within(point).findByRole('textbox', { name: 'Why it changed (point 1)' }),
    ).toHaveAccessibleDescription(/Say why the process changed at 2022-23 Q1/);
    expect(save).not.toHaveBeenCalled();

    fireEvent.change(within(point).getByRole('textbox', { name: 'Why it changed (point 1)' }), {
      target: { value: 'new front-door model' },
    });
    // 2022-23 Q1 to 2023-24 Q4 is 8 quarters: allowed, and said.
    expect(within(form).getByText(/have 8 figures: limits need at least 13/)).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: 'Save the SPC settings' }));
    expect(await screen.findByText('SPC settings saved in this browser.')).toBeInTheDocument();
    expect(save).toHaveBeenCalledWith({
      run: 6,
      baseline: null,
      recalculations: [{ period: '2022-23 Q1', reason: 'new front-door model' }],
    });
  });

  it('removes a recalculation point and discards changes with buttons named for them', () => {
    const { form } = open();
    fireEvent.click(within(form).getByRole('button', { name: 'Add a recalculation point' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Remove recalculation point 1' }));
    expect(within(form).queryByRole('group', { name: 'Recalculation point 1' })).toBeNull();
    fireEvent.click(within(form).getByRole('radio', { name: '7 points' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Discard changes' }));
    expect(within(form).getByRole('radio', { name: /6 points/ })).toBeChecked();
  });
});
