import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useStatusMessage } from '../data/useStatusMessage';
import { StatusLine } from './StatusLine';

/** A page that says something when its button is pressed, counting its own renders. */
function Page({ renders }: { renders: { count: number } }) {
  const message = useStatusMessage();
  renders.count++;
  return (
    <>
      <StatusLine message={message} />
      <button
        type="button"
        onClick={() => {
          message.say('Workspace exported with 2 imports.');
        }}
      >
        Export
      </button>
    </>
  );
}

describe('StatusLine', () => {
  it('says nothing at first', () => {
    render(<Page renders={{ count: 0 }} />);
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
  });

  it('says a message in a polite live region without rendering the page around it again', async () => {
    const renders = { count: 0 };
    render(<Page renders={renders} />);
    const before = renders.count;
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Workspace exported with 2 imports.');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(renders.count).toBe(before);
  });

  it('says a message given outside any event too (a worker answering)', () => {
    let say: (text: string) => void = () => undefined;
    function Outside() {
      const message = useStatusMessage();
      say = message.say;
      return <StatusLine message={message} />;
    }
    render(<Outside />);
    act(() => {
      say('The workspace file could not be made.');
    });
    expect(screen.getByRole('status')).toHaveTextContent('The workspace file could not be made.');
  });
});
