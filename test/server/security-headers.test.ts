import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import helmet from 'helmet';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../src/server/security-headers.js';

// What Helmet's middleware leaves on a real response, in the order it set the headers.
function helmetOnResponse(options: Parameters<typeof helmet>[0]): Array<[string, string]> {
  const response = new ServerResponse(new IncomingMessage(new Socket()));
  response.setHeader('X-Powered-By', 'something');
  helmet(options)(response.req, response, (error?: unknown) => {
    if (error) throw error;
  });
  return response.getHeaderNames().map((name) => [name, String(response.getHeader(name))]);
}

describe('security headers worked out once', () => {
  const options = {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'sha256-abc'"],
        upgradeInsecureRequests: null,
      },
    },
    referrerPolicy: { policy: 'no-referrer' as const },
  };

  it('are the headers Helmet sets on a response, names and values, in its order', () => {
    const once = securityHeaders(options).map(([name, value]) => [name.toLowerCase(), value]);
    expect(once).toEqual(helmetOnResponse(options));
    expect(once.map(([name]) => name)).toContain('content-security-policy');
    expect(once.map(([name]) => name)).not.toContain('x-powered-by');
  });

  it('follow the options (a header turned off is not sent)', () => {
    const names = securityHeaders({ ...options, strictTransportSecurity: false }).map(([name]) =>
      name.toLowerCase(),
    );
    expect(names).not.toContain('strict-transport-security');
    expect(securityHeaders(options).map(([name]) => name.toLowerCase())).toContain(
      'strict-transport-security',
    );
  });
});
