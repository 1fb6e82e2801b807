-- wrk script for assayd: cycles through the shared benchmark query set (one query a line,
-- '#' lines skipped), each as GET /api/search?q=...; every thread starts at its own offset.
-- Arguments (after --): QUERIES_FILE [bust]. With "bust", each request spells its query with a
-- random choice of letters percent-encoded: the same question to the searcher, a different URL
-- to the daemon's per-generation response cache, so every request is a real search.
local queries = {}
local counter = 0
local bust = false

local function encode(s, random_letters)
  return (s:gsub(".", function(c)
    if c:match("[%w%-_%.~]") and not (random_letters and c:match("%a") and math.random() < 0.5) then return c end
    return string.format("%%%02X", string.byte(c))
  end))
end

function init(args)
  local file = args[1] or "/work/shared/bench/queries.txt"
  bust = args[2] == "bust"
  for line in io.lines(file) do
    if line ~= "" and line:sub(1, 1) ~= "#" then queries[#queries + 1] = line end
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1e6) + tostring({}):len())
  counter = math.random(#queries)
end

function request()
  counter = counter % #queries + 1
  return wrk.format("GET", "/api/search?q=" .. encode(queries[counter], bust) .. "&limit=10")
end

-- Non-2xx answers are counted by wrk itself ("Non-2xx or 3xx responses").
function done(summary, latency, requests)
  io.write(string.format("wrk: %d requests, %.0f req/s, p50 %.2f ms, p99 %.2f ms, errors %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
