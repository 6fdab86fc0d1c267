import pprint

config = {
    "name": "loopscope",
    "version": (1, 2, 3),
    "servers": [{"host": "alpha.example.com", "port": 8080, "tags": ["web", "primary"]},
                {"host": "beta.example.com", "port": 8081, "tags": ["web", "backup"]}],
    "limits": {"timeout": 30.5, "retries": 3, "backoff": [0.1, 0.2, 0.4, 0.8, 1.6]},
    "enabled": True,
    "owner": None,
}
pprint.pprint(config)
pprint.pprint(config, width=40)
pprint.pprint(config, indent=4)
pprint.pprint(config, depth=2)
pprint.pprint(config, depth=1)
pprint.pprint(config, sort_dicts=False)
pprint.pp(config, width=60)
print(pprint.pformat(config, width=120))
print(pprint.pformat([1, 2, 3]), pprint.pformat({}), pprint.pformat(()), pprint.pformat(set()))
pprint.pprint(list(range(40)))
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)), width=30, compact=True)
pprint.pprint([list(range(12)) for _ in range(4)], compact=True, width=50)
pprint.pprint({"z": 1, "a": 2, "m": 3})
pprint.pprint({3: "c", 1: "a", 2: "b", "x": 0, (1, 2): None}, width=20)
