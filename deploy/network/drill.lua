-- wrk script of the failure drill (drill.sh): POST /api/v1/interactions, each request with an Idempotency-Key
-- of its own, also written in the interaction's note so that the database says which request saved which row.
-- Every 201's key goes to $DRILL_OUT/ok-<thread>.txt; other answers are counted by status.
local token = os.getenv("COMPTOIR_TOKEN") or error("set COMPTOIR_TOKEN")
local out = os.getenv("DRILL_OUT") or error("set DRILL_OUT")

local drillThreads = {}

function setup(thread)
   table.insert(drillThreads, thread)
   thread:set("id", #drillThreads)
end

function init(args)
   ok = io.open(out .. "/ok-" .. id .. ".txt", "a")
   math.randomseed(os.time() + id * 7919)
   sequence, statuses = 0, {}
end

function request()
   sequence = sequence + 1
   local key = string.format("drill-%d-%d-%09d", id, sequence, math.random(1, 999999999))
   -- the API benchmark's German couple (deploy/bench/post-interaction.lua), and the key as its note
   local body = '{"channel": "DESK", "adults": 2, "children": 0, "partyType": "COUPLE", "visitorType": "TOURIST",'
      .. ' "country": "DE", "language": "DE", "stayLength": "TWO_THREE_NIGHTS", "accommodation": "HOTEL",'
      .. ' "purpose": "LEISURE", "outcomes": ["BROCHURES_GIVEN"], "note": "' .. key .. '"}'
   return wrk.format("POST", nil, {
      ["Content-Type"] = "application/json",
      ["Authorization"] = "Bearer " .. token,
      ["Idempotency-Key"] = key,
   }, body)
end

function response(status, headers, body)
   if status == 201 then
      local key = body:match('"note":"(drill%-[%d%-]+)"')
      if key then
         ok:write(key, "\n")
         ok:flush()
      else
         statuses[-1] = (statuses[-1] or 0) + 1
      end
   else
      statuses[status] = (statuses[status] or 0) + 1
   end
end

function done(summary, latency, requests)
   local wrong = 0
   for _, thread in ipairs(drillThreads) do
      for status, count in pairs(thread:get("statuses")) do
         io.write(string.format("answered %d: %d\n", status, count))
         wrong = wrong + count
      end
   end
   local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
   io.write(string.format("requests %d, socket errors %d, other answers %d\n", summary.requests, socket, wrong))
   io.write(string.format("client_errors %d\n", socket + wrong))
end
