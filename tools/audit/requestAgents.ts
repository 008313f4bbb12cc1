/**
 * The connection agents of one run: keep-alive sockets shared by its requests, and the proxy
 * named by HTTPS_PROXY (or ALL_PROXY) for every https host that NO_PROXY does not exempt, as
 * curl and most command-line tools read them. Plain http only ever goes to loopback, direct.
 */
import * as http from 'http';
import * as https from 'https';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { getProxyForUrl } from 'proxy-from-env';

export interface RequestAgents {
  /** The agent for a request to this URL. */
  agentFor(url: URL): http.Agent;
  /** Closes every socket the run kept open. */
  destroy(): void;
}

/** Agents with at most `maxSockets` connections per host (the run's concurrency). */
export function createRequestAgents(maxSockets: number): RequestAgents {
  const direct = {
    http: new http.Agent({ keepAlive: true, maxSockets }),
    https: new https.Agent({ keepAlive: true, maxSockets }),
  };
  const proxies = new Map<string, HttpsProxyAgent<string>>();
  return {
    agentFor(url) {
      if (url.protocol !== 'https:') return direct.http;
      const proxy = getProxyForUrl(url);
      if (proxy === '') return direct.https;
      const known = proxies.get(proxy) ?? new HttpsProxyAgent(proxy, { keepAlive: true, maxSockets });
      proxies.set(proxy, known);
      return known;
    },
    destroy() {
      direct.http.destroy();
      direct.https.destroy();
      for (const agent of proxies.values()) agent.destroy();
    },
  };
}
