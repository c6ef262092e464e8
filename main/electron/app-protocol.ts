// Serves the renderer over app://qinggao/ (see main/web/app-protocol.ts for why and how).
import { protocol } from 'electron';
import { answerAppRequest, APP_SCHEME } from '../web/app-protocol';

/** Must run before the app is ready: a standard, secure scheme gets an origin, relative URLs and module scripts. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** After ready: every app:// request answered from the built renderer folder, and nothing else. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const answer = answerAppRequest(rendererDir, request.url, request.method);
    return new Response(request.method === 'HEAD' ? null : answer.body, { status: answer.status, headers: answer.headers });
  });
}
