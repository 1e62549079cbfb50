import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * A jsdom page as the command line builds it: jsdom's console (CSS it cannot parse, scripts it does
 * not run) goes nowhere, so a test log shows only what the tests say.
 */
export function page(html: string, url = 'http://localhost/'): JSDOM {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
}
