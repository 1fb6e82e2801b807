-- wrk script for assayd: cycles through the shared benchmark query set (one query a line,
-- '#' lines skipped), each as GET /api/search?q=...; every thread starts at its own offset.
local queries = {}
local counter = 0

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  local file = args[1] or "/work/shared/bench/queries.txt"
  for line in io.lines(file) do
    if line ~= "" and line:sub(1, 1) ~= "#" then
      queries[#queries + 1] = "/api/search?q=" .. urlencode(line) .. "&limit=10"
    end
  end
  counter = math.random(#queries)
end

function request()
  counter = counter % #queries + 1
  return wrk.format("GET", queries[counter])
end

-- Non-2xx answers are counted by wrk itself ("Non-2xx or 3xx responses").
function done(summary, latency, requests)
  io.write(string.format("wrk: %d requests, %.0f req/s, p50 %.2f ms, p99 %.2f ms, errors %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
