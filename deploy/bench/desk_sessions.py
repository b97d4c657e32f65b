#!/usr/bin/env python3
"""Opens signed-in desk sessions on a running Comptoir the way Chromium does, without a browser.

Each session: the sign-in page's UI (init, navigation to /login), the unload beacon the page sends as the form
leaves it, the form's POST, then the desk's UI (init, navigation to /desk, the client's next message), as recorded from headless Chromium. The sessions stay open on the server (nothing signs
out): what a desk left open costs. Prints one line per 100 sessions and a last line with the count.

    desk_sessions.py BASE_URL USERNAME PASSWORD COUNT [THREADS]
"""
import http.cookiejar
import json
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

BASE, USERNAME, PASSWORD, COUNT = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
THREADS = int(sys.argv[5]) if len(sys.argv) > 5 else 2
BROWSER = ("&v-sh=800&v-sw=1280&v-wh=800&v-ww=1280&v-bh=800&v-bw=1280&v-tzo=-60&v-dstd=60&v-rtzo=-60"
           "&v-dston=false&v-tzid=Europe%2FParis&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light%20dark"
           "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT"
           "&v-wla=SUPPORTED&v-ws=false")


def ui(opener, route):
    """A UI for the route: the bootstrap request, then the navigation event the client sends."""
    with opener.open(f"{BASE}/?v-r=init&location={route}&query=&v-curdate={int(time.time() * 1000)}"
                     f"&v-wn=v-{time.time()}{BROWSER}", timeout=30) as response:
        config = json.load(response)["appConfig"]
    key = config["uidl"]["Vaadin-Security-Key"]
    body = {"csrfToken": key, "syncId": 0, "clientId": 0,
            "rpc": [{"type": "event", "node": 1, "event": "ui-navigate",
                     "data": {"route": "/" + route, "query": "", "appShellTitle": "",
                              "historyState": {"idx": 0}, "trigger": ""}}]}
    request = urllib.request.Request(f"{BASE}/?v-r=uidl&v-uiId={config['v-uiId']}",
                                     data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json; charset=UTF-8"})
    with opener.open(request, timeout=30) as response:
        text = response.read().decode()
    if "error" in text[:200].lower() and "errors\":null" not in text:
        raise RuntimeError(f"{route}: {text[:200]}")
    return config["v-uiId"], key, text


def settle(opener, ui_id, key):
    """The client's next message, right after the first render (its components' properties): Vaadin then keeps this
    small answer, instead of the first one, for a resend."""
    body = {"csrfToken": key, "rpc": [], "syncId": 1, "clientId": 1}
    request = urllib.request.Request(f"{BASE}/?v-r=uidl&v-uiId={ui_id}", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json; charset=UTF-8"})
    opener.open(request, timeout=30).read()


def leave(opener, ui_id, key):
    """What Chromium sends when a page goes away (pagehide): the unload beacon, which closes its UI."""
    body = {"csrfToken": key, "rpc": [], "syncId": 1, "clientId": 1, "UNLOAD": True}
    request = urllib.request.Request(f"{BASE}/?v-r=uidl&v-uiId={ui_id}", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "text/plain;charset=UTF-8"})
    opener.open(request, timeout=30).read()


def session(n):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    opener.addheaders = [("Accept-Language", "fr-FR,fr;q=0.9")]
    opener.open(f"{BASE}/login", timeout=30).read()
    login_ui, login_key, _ = ui(opener, "login")
    # the sign-in form's POST leaves the page: its UI is closed by the beacon
    leave(opener, login_ui, login_key)
    form = urllib.parse.urlencode({"username": USERNAME, "password": PASSWORD}).encode()
    with opener.open(f"{BASE}/login", data=form, timeout=30) as response:
        if "/login" in response.geturl():
            raise RuntimeError("sign-in refused")
    opener.open(f"{BASE}/desk", timeout=30).read()
    desk_ui, desk_key, text = ui(opener, "desk")
    settle(opener, desk_ui, desk_key)
    # the desk's own components came back: the visitor's country field is on every desk
    if "vaadin-combo-box" not in text:
        raise RuntimeError("no desk in the answer")
    return n


start = time.time()
done = failed = 0
with ThreadPoolExecutor(THREADS) as pool:
    for future in [pool.submit(session, n) for n in range(COUNT)]:
        try:
            future.result()
            done += 1
        except Exception as failure:  # counted and told, never fatal: the run says how many failed
            failed += 1
            if failed <= 5:
                print(f"failed: {failure}", file=sys.stderr)
        if (done + failed) % 100 == 0:
            print(f"{done + failed} sessions tried, {done} open, {time.time() - start:.0f} s", flush=True)
print(f"opened {done} signed-in desk sessions, {failed} failed, in {time.time() - start:.0f} s")
