-- Reports one JSON line after a wrk run: requests/s, latency percentiles in
-- milliseconds, failures, and the answers counted by status.
-- Optional, from the environment:
--   BENCH_PATHS    a file of request paths, one per line, taken in turn
--   BENCH_METHOD   POST, with BENCH_BODY (urlencoded) and BENCH_COOKIE
local paths = {}
local next_path = 1
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file = os.getenv("BENCH_PATHS")
  if file then
    for line in io.lines(file) do
      if #line > 0 then table.insert(paths, line) end
    end
  end
  if os.getenv("BENCH_METHOD") == "POST" then
    wrk.method = "POST"
    wrk.body = os.getenv("BENCH_BODY")
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
    wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
    wrk.headers["Referer"] = os.getenv("BENCH_REFERER")
  end
  redirected = 0
end

function request()
  if #paths > 0 then
    local chosen = paths[next_path]
    next_path = next_path % #paths + 1
    return wrk.format(nil, chosen)
  end
  return wrk.format()
end

-- Only for submissions: wrk reads every body when a script has response().
if os.getenv("BENCH_METHOD") == "POST" then
  function response(status, headers, body)
    if status == 302 then redirected = redirected + 1 end
  end
end

function done(summary, latency, requests)
  local moved = 0
  for _, thread in ipairs(threads) do
    moved = moved + thread:get("redirected")
  end
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %.3f, "p50_ms": %.3f, "p95_ms": %.3f, "p99_ms": %.3f, ' ..
    '"non_2xx_3xx": %d, "socket_errors": %d, "redirected": %d}\n',
    summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout, moved))
end
