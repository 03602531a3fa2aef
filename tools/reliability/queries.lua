-- wrk script: each request searches one of the benchmark queries (file named by QUERIES, one per line),
-- and counts non-2xx answers (429 separately) so the run reports errors, not only latency.
local queries = {}
local counts = { ok = 0, throttled = 0, other = 0 }
local threads = {}

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file = os.getenv("QUERIES") or "queries.txt"
  for line in io.lines(file) do
    if #line > 0 then table.insert(queries, line) end
  end
  math.randomseed(os.time() + math.random(1000))
  ok, throttled, other = 0, 0, 0
end

function request()
  local q = queries[math.random(#queries)]
  return wrk.format("GET", "/api/search?q=" .. urlencode(q))
end

function response(status, headers, body)
  if status >= 200 and status < 300 then ok = ok + 1
  elseif status == 429 then throttled = throttled + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local o, t, x = 0, 0, 0
  for _, thread in ipairs(threads) do
    o = o + thread:get("ok"); t = t + thread:get("throttled"); x = x + thread:get("other")
  end
  io.write(string.format("RESULT ok=%d throttled=%d non2xx=%d socket_errors=%d p50_ms=%.1f p99_ms=%.1f rps=%.1f\n",
    o, t, x, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
