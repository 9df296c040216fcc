import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localServer, send } from "../test-support/http-server.js";
import { DEFAULT_POLICY, FetchError, isPublicAddress, safeFetch } from "./safe-fetch.js";

let server: Awaited<ReturnType<typeof localServer>>;
const open = { ...DEFAULT_POLICY, allowPrivate: true, timeoutMs: 2000 };

beforeAll(async () => {
  server = await localServer({
    "/page": send("text/html; charset=utf-8", "<html><body><p>Hello</p></body></html>", { etag: '"v1"' }),
    "/cached": (req, res) => {
      if (req.headers["if-none-match"] === '"v1"') {
        res.writeHead(304);
        res.end();
      } else send("application/rss+xml", "<rss/>", { etag: '"v1"' })(req, res);
    },
    "/image": send("image/png", Buffer.alloc(10)),
    "/big": send("text/html", "x".repeat(5000)),
    "/loop": (_req, res) => {
      res.writeHead(302, { location: "/loop" });
      res.end();
    },
    "/hop": (_req, res) => {
      res.writeHead(301, { location: "/page" });
      res.end();
    },
    "/slow": () => undefined,
  });
});
afterAll(() => server.close());

const code = async (p: Promise<unknown>) => {
  try {
    await p;
    return "ok";
  } catch (e) {
    return e instanceof FetchError ? e.code : `untyped: ${String(e)}`;
  }
};

describe("safe fetch", () => {
  it("refuses loopback, private and link-local addresses by default, by address and by name", async () => {
    expect(await code(safeFetch(server.url("/page")))).toBe("private_address");
    expect(await code(safeFetch(server.url("/page").replace("127.0.0.1", "localhost")))).toBe("private_address");
    expect(await code(safeFetch("http://169.254.169.254/latest/meta-data"))).toBe("private_address");
    expect(await code(safeFetch("http://[::1]/"))).toBe("private_address");
    for (const a of [
      "127.0.0.1",
      "10.0.0.8",
      "192.168.1.1",
      "172.16.5.4",
      "169.254.1.1",
      "::1",
      "fe80::1",
      "::ffff:127.0.0.1",
      "0.0.0.0",
    ])
      expect(isPublicAddress(a), a).toBe(false);
    expect(isPublicAddress("93.184.216.34")).toBe(true);
  });

  it("fetches when local addresses are allowed, following a redirect", async () => {
    const r = await safeFetch(server.url("/hop"), open);
    expect(r.status).toBe("ok");
    if (r.status === "ok") {
      expect(r.url).toBe(server.url("/page"));
      expect(new TextDecoder().decode(r.bytes)).toContain("Hello");
      expect(r.etag).toBe('"v1"');
    }
  });

  it("sends conditional requests and reports not modified", async () => {
    expect((await safeFetch(server.url("/cached"), open, { etag: '"v1"' })).status).toBe("not_modified");
    expect((await safeFetch(server.url("/cached"), open)).status).toBe("ok");
  });

  it("caps redirects, size, time and content type", async () => {
    expect(await code(safeFetch(server.url("/loop"), open))).toBe("too_many_redirects");
    expect(await code(safeFetch(server.url("/big"), { ...open, maxBytes: 1000 }))).toBe("too_large");
    expect(await code(safeFetch(server.url("/slow"), { ...open, timeoutMs: 300 }))).toBe("timeout");
    expect(await code(safeFetch(server.url("/image"), open))).toBe("content_type");
    expect(await code(safeFetch("ftp://example.com/x", open))).toBe("bad_url");
  });
});
