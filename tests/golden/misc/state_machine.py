# A small state machine driven by a dict of transitions.
transitions = {
    ("pending", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "finish"): "done",
    ("running", "cancel"): "cancelled",
}
state = "pending"
for event in ["start", "pause", "finish", "resume", "finish", "start"]:
    nxt = transitions.get((state, event))
    if nxt is None:
        print(f"{state!r} ignores {event!r}")
        continue
    print(f"{state} --{event}--> {nxt}")
    state = nxt
print("final:", state)
