import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useStatusMessage } from '../hooks/useStatusMessage';
import { StatusLine } from './StatusLine';

/** A page that says something when its button is pressed, telling `rendered` of each render. */
function Page({ rendered }: { rendered: () => void }) {
  const message = useStatusMessage();
  rendered();
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
    render(<Page rendered={() => undefined} />);
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
  });

  it('says a message in a polite live region without rendering the page around it again', async () => {
    const rendered = vi.fn();
    render(<Page rendered={rendered} />);
    const before = rendered.mock.calls.length;
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Workspace exported with 2 imports.');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(rendered).toHaveBeenCalledTimes(before);
  });

  it('says a message given outside any event too (a worker answering)', () => {
    let say: (text: string) => void = () => undefined;
    function Outside({ onReady }: { onReady: (say: (text: string) => void) => void }) {
      const message = useStatusMessage();
      useEffect(() => {
        onReady(message.say);
      }, [message, onReady]);
      return <StatusLine message={message} />;
    }
    render(
      <Outside
        onReady={(given) => {
          say = given;
        }}
      />,
    );
    act(() => {
      say('The workspace file could not be made.');
    });
    expect(screen.getByRole('status')).toHaveTextContent('The workspace file could not be made.');
  });
});
