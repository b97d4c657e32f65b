-- wrk script: POST /api/v1/interactions, the profile of a German couple at the desk (the desk benchmark's).
-- The token comes from COMPTOIR_TOKEN. With COMPTOIR_IDEMPOTENT=1 each request carries a fresh Idempotency-Key.
-- Answers other than 201 are counted by status and printed at the end.
local token = os.getenv("COMPTOIR_TOKEN") or error("set COMPTOIR_TOKEN")
local idempotent = os.getenv("COMPTOIR_IDEMPOTENT") == "1"

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.body = [[{"channel": "DESK", "adults": 2, "children": 0, "partyType": "COUPLE", "visitorType": "TOURIST",
 "country": "DE", "language": "DE", "stayLength": "TWO_THREE_NIGHTS", "accommodation": "HOTEL",
 "purpose": "LEISURE", "outcomes": ["BROCHURES_GIVEN"]}]]

local threads = {}
local counter = 0

function setup(thread)
   thread:set("id", #threads + 1)
   table.insert(threads, thread)
end

function init(args)
   statuses = {}
   sequence = 0
end

function request()
   if idempotent then
      sequence = sequence + 1
      wrk.headers["Idempotency-Key"] = "bench-" .. id .. "-" .. sequence .. "-" .. math.random(1, 1e9)
   end
   return wrk.format()
end

function response(status, headers, body)
   if status ~= 201 then
      statuses[status] = (statuses[status] or 0) + 1
   end
end

function done(summary, latency, requests)
   local wrong = {}
   for _, thread in ipairs(threads) do
      local counts = thread:get("statuses")
      for status, count in pairs(counts) do
         wrong[status] = (wrong[status] or 0) + count
      end
   end
   io.write(string.format("requests %d, errors connect %d read %d write %d timeout %d status %d\n",
      summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write,
      summary.errors.timeout, summary.errors.status))
   for status, count in pairs(wrong) do
      io.write(string.format("  answered %d: %d\n", status, count))
   end
   io.write(string.format("latency_ms p50 %.2f p90 %.2f p99 %.2f max %.2f\n",
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000))
end
