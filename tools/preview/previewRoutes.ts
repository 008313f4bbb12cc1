/**
 * Which page answers which request: `/` lists the demo accounts, the Suitelet's path runs the
 * Suitelet, NetSuite's own `/app/` pages (the fix links) are explained as outside the preview,
 * and anything else is "not found" with the account picker. Failures become a page that says
 * what went wrong in words; the stack goes to the terminal only.
 */
import { EmulatorError, ScenarioError } from '../emulator';
import { accountListings, knownAccountListings } from './accountListings';
import { DemoAccountUnavailableError } from './demoAccountPool';
import { htmlResponse, type PreviewApp, type PreviewRequest, type PreviewResponse } from './previewApp';
import { errorPage, landingPage, notFoundPage } from './previewPages';
import { SUITELET_PATH } from './previewSuitelet';
import { serveSuitelet } from './suiteletRoute';

/** Answers one request. Rejects only with failures {@link failureResponse} turns into a page. */
export async function routePreviewRequest(app: PreviewApp, request: PreviewRequest): Promise<PreviewResponse> {
  const { pathname } = request.url;
  if (pathname === SUITELET_PATH) return serveSuitelet(app, request);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return htmlResponse(
      405,
      errorPage('Method not allowed', `${pathname} answers GET requests only, not ${request.method}.`),
      { allow: 'GET, HEAD' },
    );
  }
  if (pathname === '/')
    return htmlResponse(200, landingPage(await accountListings(app), app.clock.sentence), {
      'cache-control': 'no-store',
    });
  if (pathname === '/favicon.ico') return { status: 204, headers: {}, body: '' };
  if (pathname.startsWith('/app/')) {
    const message =
      `${pathname} is a page of NetSuite itself: in a real account this link opens it. The preview runs only the ` +
      `readiness Suitelet.`;
    return htmlResponse(404, notFoundPage(message, knownAccountListings(app)));
  }
  return htmlResponse(
    404,
    notFoundPage(`There is no page at ${pathname}. Pick a demo account:`, knownAccountListings(app)),
  );
}

/** The page for a request that failed, and whether the failure was expected (no stack needed in the log). */
export function failureResponse(thrown: unknown): { readonly response: PreviewResponse; readonly expected: boolean } {
  if (thrown instanceof DemoAccountUnavailableError) {
    return { response: htmlResponse(503, errorPage('Demo account not available', thrown.message)), expected: true };
  }
  if (thrown instanceof ScenarioError) {
    return {
      response: htmlResponse(500, errorPage("The demo account's scenario file is not valid", thrown.message)),
      expected: true,
    };
  }
  if (thrown instanceof EmulatorError) {
    return {
      response: htmlResponse(500, errorPage('The emulator could not run the Suitelet', thrown.message)),
      expected: false,
    };
  }
  return {
    response: htmlResponse(
      500,
      errorPage('The preview could not answer', 'Something unexpected went wrong while answering this request.'),
    ),
    expected: false,
  };
}
