# requests' response and errors: status_code, ok, json(), text, raise_for_status (HTTPError),
# ConnectionError, Timeout, a Session, post with json=.
import time

import loopscope_world as world
import requests

world.route("https://api.example.com/missing", status=404, text="gone")
world.host("down.example.com", down=True)
world.host("slow.example.com", latency=5)

r = requests.get("https://api.example.com/users/3", params={"fields": "name"})
print(r, r.status_code, r.ok, r.reason, r.headers["Content-Type"])
print(r.json())
r = requests.post("https://api.example.com/users", json={"name": "Ada"})
print(r.json()["json"])
r = requests.get("https://api.example.com/missing")
print(r.status_code, r.text, bool(r))
try:
    r.raise_for_status()
except requests.HTTPError as e:
    print("HTTPError:", e, e.response.status_code)
try:
    requests.get("https://down.example.com/")
except requests.ConnectionError as e:
    print("ConnectionError:", e, isinstance(e, requests.RequestException))
start = time.monotonic()
try:
    requests.get("https://slow.example.com/", timeout=2)
except requests.Timeout as e:
    print("Timeout:", e, time.monotonic() - start)
with requests.Session() as s:
    print(s.get("https://api.example.com/ping").json()["path"])
try:
    requests.get("example.com")
except requests.RequestException as e:
    print(type(e).__name__, e)
print(f"clock: {time.monotonic():.3f}")
