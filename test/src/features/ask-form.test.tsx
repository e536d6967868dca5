import { render, screen } from '@testing-library/react';
import { AskForm } from '@/features/cases';

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
});

/** The local gateway answering getMe as it would for a visitor or a signed-in person. */
function gatewaySays(signedIn: boolean): void {
  global.fetch = jest.fn(async () => ({ json: async () => ({ ok: true, data: { signedIn, roles: [], name: null, uploadFolder: null } }) }) as Response);
}

describe('AskForm', () => {
  beforeAll(() => {
    process.env.TARO_ENV = 'h5';
  });

  it('tells a visitor at the top, before they type, that asking needs WeChat', async () => {
    gatewaySays(false);
    render(<AskForm related={null} initialText="" />);
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent('要在微信里打开本小程序才能提问');
    // Above the text box, not next to the submit button.
    expect(note.compareDocumentPosition(screen.getByText(/想问什么/)) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says nothing of the kind to a signed-in person', async () => {
    gatewaySays(true);
    render(<AskForm related={null} initialText="" />);
    await screen.findByText(/想问什么/);
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByRole('note')).toBeNull();
    expect(global.fetch).toHaveBeenCalled();
  });
});
